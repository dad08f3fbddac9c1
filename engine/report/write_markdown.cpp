#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// Text safe in a paragraph, list item, heading or table cell: Markdown's active
// characters are backslash-escaped (so `|` cannot split a cell), line breaks become
// <br>, other control characters spaces.
std::string md_text(std::string_view text) {
  constexpr std::string_view active = "\\`*_[]<>|~&#";
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF: one break, at the LF
    if (c == '\n' || c == '\r') {
      out += "<br>";
    } else if (active.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
    }
  }
  return out;
}

// A code span holding `text` literally: the fence is one backtick longer than the
// longest run inside, with spaces where the text starts or ends with a backtick.
std::string md_code(std::string_view text) {
  const std::string flat = one_line(text);
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : flat) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool spaced = !flat.empty() && (flat.front() == '`' || flat.back() == '`');
  const std::string pad = spaced ? " " : "";
  return fence + pad + flat + pad + fence;
}

std::string table_row(const std::vector<std::string>& cells) {
  std::string line = "|";
  for (const std::string& cell : cells) line += " " + cell + " |";
  return line + "\n";
}

void write_source(const report& r, std::ostream& out) {
  out << "# " << text::tr("jixiao performance scoring report") << "\n\n";
  out << "- " << text::trf("Version: {1}", "jixiao " + md_text(r.version)) << "\n";
  out << "- " << text::trf("Scoring policy: {1}", md_text(policy_name(r.policy))) << "\n";
  if (r.inputs.empty()) {
    out << "- " << text::tr("Input files: none") << "\n";
  } else {
    out << "- " << text::tr("Input files:") << "\n";
    for (const input_file& input : r.inputs) {
      out << "  - " << md_text(input_role_name(input.role)) << " " << md_code(input.path) << " sha256 " << md_code(input.sha256)
          << "\n";
    }
  }
  if (r.review) out << "- " << text::trf("Reviewer: {1}", md_text(r.review->reviewer)) << "\n";
  out << "- " << text::trf("Department: {1}", md_text(r.department)) << "\n";
  out << "- " << text::trf("Year: {1}", std::to_string(r.year)) << "\n";
}

void write_project(const project_entry& p, const project_review_entry* review, std::ostream& out) {
  out << "## " << text::trf("Project {1} {2}", md_text(p.id), md_text(p.name)) << "\n\n";
  out << text::trf("Budget {1} (10,000 yuan)", format_amount(p.budget)) << "\n\n";
  using text::tr;
  if (review) {
    out << table_row({tr("Indicator"), tr("Category"), tr("Target"), tr("Actual"), tr("Weight"), tr("Self-evaluation score"),
                      tr("Review deduction"), tr("Reviewed score"), tr("Status"), tr("Computation"), tr("Review opinion")});
    out << table_row({"---", "---", "---", "---", "---:", "---:", "---:", "---:", "---", "---", "---"});
  } else {
    out << table_row({tr("Indicator"), tr("Category"), tr("Target"), tr("Actual"), tr("Weight"), tr("Score"), tr("Status"),
                      tr("Computation")});
    out << table_row({"---", "---", "---", "---", "---:", "---:", "---", "---"});
  }
  bool any_inferred = false;
  const int places = score_places(p.policy);
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    const indicator_entry& i = p.indicators[k];
    any_inferred = any_inferred || i.category_inferred;
    std::vector<std::string> cells = {md_text(i.name), md_text(category_text(i)), md_text(i.target),
                                      i.actual.empty() ? missing_mark : md_text(i.actual), format_weight(i.weight, score_places(i.policy)),
                                      format_score(i.score, places), status_text(i), md_text(i.explain())};
    if (review) {
      const review_line& line = review->indicators[k];
      const bool scored = i.status != rules::indicator_status::not_applicable;
      cells.insert(cells.begin() + 6, {line.deducted ? rules::format_points(line.points, places) : "",
                                       scored ? format_score(line.reviewed, places) : missing_mark});
      cells.push_back(line.deducted ? md_text(line.reason) : "");
    }
    out << table_row(cells);
  }
  if (any_inferred) out << "\n\\" << tr("* category inferred from the indicator's name") << "\n";
  out << "\n";
  out << "- "
      << text::trf("Budget execution: {1} / {2} (10,000 yuan), execution rate {3}, score {4} / {5} ({6})",
                   p.spent ? format_amount(*p.spent) : std::string(missing_mark), format_amount(p.budget),
                   format_rate(p.execution_rate), format_score(p.budget_score, places),
                   format_weight(p.budget_weight, places), md_text(p.budget_explain()));
  const std::string total = "**" + format_score(p.total, places) + "**";
  out << "\n- "
      << (review ? text::trf("Self-evaluation total: {1} ({2})", total, md_text(p.total_explain()))
                 : text::trf("Total: {1} ({2})", total, md_text(p.total_explain())));
  if (!p.grade.empty()) {
    const std::string grade = "**" + md_text(grade_text(p.grade)) + "**";
    out << "\n- " << (review ? text::trf("Self-evaluation grade: {1}", grade) : text::trf("Grade: {1}", grade));
  }
  if (review) {
    if (review->deduction.deducted) {
      out << "\n- "
          << text::trf("Review deduction: {1} (review opinion: {2})", rules::format_points(review->deduction.points, places),
                       md_text(review->deduction.reason));
    }
    out << "\n- "
        << text::trf("Total after review: {1} ({2})", "**" + format_score(review->reviewed_total(), places) + "**",
                     md_text(review->explain()));
    if (!review->reviewed_grade.empty()) {
      out << "\n- " << text::trf("Grade after review: {1}", "**" + md_text(grade_text(review->reviewed_grade)) + "**");
    }
  }
  out << "\n";
}

void write_summary(const report& r, std::ostream& out) {
  using text::tr;
  out << "## " << tr("Summary") << "\n\n";
  out << table_row({tr("Item"), tr("Value")});
  out << table_row({"---", "---:"});
  out << table_row({tr("Projects"), std::to_string(r.projects.size())});
  const int places = score_places(r.scoring_policy.get());
  for (const auto& [grade, count] : r.grade_counts) {
    out << table_row({r.review ? text::trf("self-evaluation {1}", md_text(grade_text(grade))) : md_text(grade_text(grade)), std::to_string(count)});
  }
  if (r.review) {
    for (const auto& [grade, count] : r.review->grade_counts) {
      out << table_row({text::trf("after review {1}", md_text(grade_text(grade))), std::to_string(count)});
    }
  }
  out << table_row({r.review ? tr("Self-evaluation budget-weighted mean score") : tr("Budget-weighted mean score"),
                    format_score(r.mean, places)});
  if (r.review) out << table_row({tr("Budget-weighted mean score after review"), format_score(r.review->mean, places)});
  out << table_row({tr("Budget total (10,000 yuan)"), format_amount(r.budget_total)});
}

void write_findings(const report& r, std::ostream& out) {
  out << "## " << text::tr("Findings") << "\n\n";
  if (r.findings.empty()) {
    out << text::tr("none") << "\n";
    return;
  }
  out << text::trf("{1}.", severity_counts(r.findings)) << "\n\n";
  for (const finding_entry& f : r.findings) {
    std::string line = "- " + severity_word(f.level);
    const std::string location = finding_location(f);
    const std::string subject = finding_subject(f);
    if (!location.empty()) line += " " + md_code(location) + ":";
    if (!subject.empty()) line += " " + md_text(subject) + ":";
    line += " " + md_text(kind_name(f)) + ":";
    if (f.message.empty()) {
      if (line.back() == ':') line.pop_back();
    } else {
      line += " " + md_text(f.message.str());
    }
    out << line << "\n";
  }
}

}  // namespace

void write_markdown(const report& r, std::ostream& out) {
  write_source(r, out);
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    out << "\n";
    write_project(r.projects[k], r.review ? &r.review->projects[k] : nullptr, out);
  }
  out << "\n";
  write_summary(r, out);
  out << "\n";
  write_findings(r, out);
}

}  // namespace jixiao::engine
