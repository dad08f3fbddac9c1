#include <algorithm>
#include <string>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

const std::string indent = "  ";
constexpr const char* gap = "  ";

struct column {
  std::string title;
  bool right_aligned = false;
};

using row = std::vector<std::string>;

// The line without its trailing spaces, then a newline.
void write_line(std::ostream& out, std::string line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out << line << '\n';
}

// Columns sized to their widest cell in display columns; a rule of '-' under the
// titles when `ruled`. The last column is not padded, so long texts are never cut.
void write_columns(std::ostream& out, const std::vector<column>& columns, const std::vector<row>& rows, bool ruled) {
  std::vector<int> widths(columns.size(), 0);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (ruled) widths[c] = grammar::display_width(columns[c].title);
    for (const row& cells : rows) widths[c] = std::max(widths[c], grammar::display_width(cells[c]));
  }
  const auto cell = [&](const std::string& text, std::size_t c) {
    if (columns[c].right_aligned) return pad_left(text, widths[c]);
    return c + 1 == columns.size() ? text : pad_right(text, widths[c]);
  };
  const auto line = [&](const row& cells) {
    std::string text = indent;
    for (std::size_t c = 0; c < columns.size(); ++c) text += (c == 0 ? "" : gap) + cell(cells[c], c);
    write_line(out, text);
  };
  if (ruled) {
    row titles;
    row rules;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      titles.push_back(columns[c].title);
      rules.emplace_back(static_cast<std::size_t>(widths[c]), '-');
    }
    line(titles);
    line(rules);
  }
  for (const row& cells : rows) line(cells);
}

void write_source(const report& r, std::ostream& out) {
  write_line(out, "jixiao " + one_line(r.version));
  write_line(out, text::trf("Scoring policy: {1}", one_line(policy_name(r.policy))));
  if (r.inputs.empty()) {
    write_line(out, text::tr("Input files: none"));
  } else {
    write_line(out, text::tr("Input files:"));
    std::vector<row> rows;
    for (const input_file& input : r.inputs) {
      rows.push_back({one_line(input_role_name(input.role)), one_line(input.path), "sha256=" + one_line(input.sha256)});
    }
    write_columns(out, {{text::tr("Role")}, {text::tr("Path")}, {"sha256"}}, rows, false);
  }
  if (r.review) write_line(out, text::trf("Reviewer: {1}", one_line(r.review->reviewer)));
  write_line(out, text::trf("Department: {1}", one_line(r.department)));
  write_line(out, text::trf("Year: {1}", std::to_string(r.year)));
}

void write_indicators(const project_entry& p, const project_review_entry* review, std::ostream& out) {
  std::vector<column> columns = {{text::tr("Indicator")},    {text::tr("Category")}, {text::tr("Target")},
                                 {text::tr("Actual")},       {text::tr("Weight"), true}, {text::tr("Score"), true},
                                 {text::tr("Status")},       {text::tr("Computation")}};
  if (review) {
    columns[5].title = text::tr("Self-evaluation score");
    columns.insert(columns.begin() + 6, {{text::tr("Review deduction"), true}, {text::tr("Reviewed score"), true}});
    columns.push_back({text::tr("Review opinion")});
  }
  std::vector<row> rows;
  bool any_inferred = false;
  const int places = score_places(p.policy);
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    const indicator_entry& i = p.indicators[k];
    any_inferred = any_inferred || i.category_inferred;
    row cells = {one_line(i.name), one_line(category_text(i)), one_line(i.target),
                 i.actual.empty() ? missing_mark : one_line(i.actual), format_weight(i.weight, score_places(i.policy)),
                 format_score(i.score, places), status_text(i), one_line(i.explain())};
    if (review) {
      const review_line& line = review->indicators[k];
      const bool scored = i.status != rules::indicator_status::not_applicable;
      cells.insert(cells.begin() + 6, {line.deducted ? rules::format_points(line.points, places) : "",
                                       scored ? format_score(line.reviewed, places) : missing_mark});
      cells.push_back(line.deducted ? one_line(line.reason) : "");
    }
    rows.push_back(std::move(cells));
  }
  write_columns(out, columns, rows, true);
  if (any_inferred) write_line(out, std::string(indent) + text::tr("* category inferred from the indicator's name"));
}

void write_project(const project_entry& p, const project_review_entry* review, std::ostream& out) {
  write_line(out, text::trf("Project {1} {2}  budget {3} (10,000 yuan)", one_line(p.id), one_line(p.name), format_amount(p.budget)));
  out << '\n';
  write_indicators(p, review, out);
  out << '\n';
  const std::string spent = p.spent ? format_amount(*p.spent) : missing_mark;
  const int places = score_places(p.policy);
  write_line(out, indent + text::trf("Budget execution: {1} / {2} (10,000 yuan), execution rate {3}, score {4} / {5} ({6})",
                                     spent, format_amount(p.budget), format_rate(p.execution_rate),
                                     format_score(p.budget_score, places), format_weight(p.budget_weight, places),
                                     one_line(p.budget_explain())));
  const std::string total = format_score(p.total, places);
  write_line(out, indent + (review ? text::trf("Self-evaluation total: {1} ({2})", total, one_line(p.total_explain()))
                                   : text::trf("Total: {1} ({2})", total, one_line(p.total_explain()))));
  if (!p.grade.empty()) {
    write_line(out, indent + (review ? text::trf("Self-evaluation grade: {1}", one_line(grade_text(p.grade)))
                                     : text::trf("Grade: {1}", one_line(grade_text(p.grade)))));
  }
  if (!review) return;
  if (review->deduction.deducted) {
    write_line(out, indent + text::trf("Review deduction: {1} (review opinion: {2})",
                                       rules::format_points(review->deduction.points, places),
                                       one_line(review->deduction.reason)));
  }
  write_line(out, indent + text::trf("Total after review: {1} ({2})", format_score(review->reviewed_total(), places),
                                     one_line(review->explain())));
  if (!review->reviewed_grade.empty()) {
    write_line(out, indent + text::trf("Grade after review: {1}", one_line(grade_text(review->reviewed_grade))));
  }
}

void write_summary(const report& r, std::ostream& out) {
  write_line(out, text::tr("Summary"));
  write_line(out, indent + text::trf("Projects: {1}", std::to_string(r.projects.size())));
  const auto grades = [](const std::vector<std::pair<std::string, int>>& counts) {
    std::string text;
    for (const auto& [grade, count] : counts) text += (text.empty() ? "" : "  ") + one_line(grade_text(grade)) + " " + std::to_string(count);
    return text;
  };
  const int places = score_places(r.scoring_policy.get());
  if (!r.grade_counts.empty()) {
    write_line(out, indent + (r.review ? text::trf("Self-evaluation grades: {1}", grades(r.grade_counts))
                                       : text::trf("Grades: {1}", grades(r.grade_counts))));
  }
  if (r.review && !r.review->grade_counts.empty()) {
    write_line(out, indent + text::trf("Grades after review: {1}", grades(r.review->grade_counts)));
  }
  const std::string mean = format_score(r.mean, places);
  write_line(out, indent + (r.review ? text::trf("Self-evaluation budget-weighted mean score: {1}", mean)
                                     : text::trf("Budget-weighted mean score: {1}", mean)));
  if (r.review) {
    write_line(out, indent + text::trf("Budget-weighted mean score after review: {1}", format_score(r.review->mean, places)));
  }
  write_line(out, indent + text::trf("Budget total: {1} (10,000 yuan)", format_amount(r.budget_total)));
}

void write_findings(const report& r, std::ostream& out) {
  if (r.findings.empty()) {
    write_line(out, text::tr("Findings: none"));
    return;
  }
  write_line(out, text::trf("Findings ({1}: {2}):", std::to_string(r.findings.size()), severity_counts(r.findings)));
  for (const finding_entry& f : r.findings) write_line(out, std::string(indent) + one_line(finding_text(f)));
}

}  // namespace

void write_table(const report& r, std::ostream& out) {
  write_source(r, out);
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    out << '\n';
    write_project(r.projects[k], r.review ? &r.review->projects[k] : nullptr, out);
  }
  out << '\n';
  write_summary(r, out);
  out << '\n';
  write_findings(r, out);
}

}  // namespace jixiao::engine
