#include <string>
#include <string_view>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// A spreadsheet reads a cell starting with = + - or @ as a formula: `= 台 5` would
// show #NAME?. Such text cells get a leading apostrophe, which Excel and LibreOffice
// take as "this is text" (the OWASP advice for CSV exports); numbers are left alone.
std::string guard_formula(std::string_view text) {
  if (text.empty() || std::string_view("=+-@").find(text.front()) == std::string_view::npos) return std::string(text);
  if (text.find_first_not_of("+-.0123456789") == std::string_view::npos && text.size() > 1) return std::string(text);
  return "'" + std::string(text);
}

// RFC 4180: a field holding a comma, quote, CR or LF is quoted, its quotes doubled.
std::string csv_field(std::string_view raw) {
  const std::string text = guard_formula(raw);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void write_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i == 0 ? "" : ",") << csv_field(fields[i]);
  out << "\r\n";
}

}  // namespace

void write_csv_header(std::ostream& out, bool with_department, bool with_review) {
  using text::tr;
  std::vector<std::string> header = {tr("Project ID"), tr("Project name"), tr("Indicator"), tr("Category"),
                                     tr("Category inferred"), tr("Target"), tr("Actual"), tr("Weight"), tr("Score"),
                                     tr("Status"), tr("Computation"), tr("Note")};
  if (with_review) {
    header.insert(header.end(), {tr("Review deduction"), tr("Review opinion"), tr("Reviewed score"), tr("Grade after review")});
  }
  if (with_department) header.insert(header.begin(), tr("Department"));
  write_row(out, header);
}

void write_csv_rows(const report& r, std::ostream& out, const std::string* department) {
  const auto row = [&](std::vector<std::string> fields) {
    if (department) fields.insert(fields.begin(), *department);
    write_row(out, fields);
  };
  // A department's own report carries the review (复核) in four more columns.
  const review_summary* review = department == nullptr && r.review ? &*r.review : nullptr;
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    const project_entry& p = r.projects[k];
    const int places = score_places(p.policy);
    for (std::size_t n = 0; n < p.indicators.size(); ++n) {
      const indicator_entry& i = p.indicators[n];
      std::vector<std::string> fields = {p.id.str(), p.name.str(), i.name.str(), category_label(i.category),
                                         i.category_inferred ? text::tr("yes") : text::tr("no"), i.target.str(), i.actual.str(),
                                         format_weight(i.weight, score_places(i.policy)), format_score(i.score, places), status_text(i),
                                         i.explain(), i.note.str()};
      if (review) {
        const review_line& line = review->projects[k].indicators[n];
        const bool scored = i.status != rules::indicator_status::not_applicable;
        fields.insert(fields.end(), {line.deducted ? rules::format_points(line.points, places) : "", line.reason.str(),
                                     scored ? format_score(line.reviewed, places) : "", ""});
      }
      row(std::move(fields));
    }
    const std::string rate = p.execution_rate ? format_rate(p.execution_rate) : std::string();
    const std::string budget_rate = text::tr("Budget execution rate");
    std::vector<std::string> budget = {p.id.str(), p.name.str(), budget_rate, budget_rate, text::tr("no"), "", rate,
                                       format_weight(p.budget_weight, score_places(p.policy)), format_score(p.budget_score, places), "",
                                       p.budget_explain(), ""};
    std::vector<std::string> total = {p.id.str(), p.name.str(), text::tr("Total"), "", text::tr("no"), "", "", "",
                                      format_score(p.total, places), grade_text(p.grade), p.total_explain(), ""};
    if (review) {
      const project_review_entry& reviewed = review->projects[k];
      budget.insert(budget.end(), {"", "", format_score(p.budget_score, places), ""});
      total.insert(total.end(), {reviewed.deduction.deducted ? rules::format_points(reviewed.deduction.points, places) : "",
                                 reviewed.deduction.reason.str(), format_score(reviewed.reviewed_total(), places),
                                 grade_text(reviewed.reviewed_grade)});
    }
    row(std::move(budget));
    row(std::move(total));
  }
}

void write_csv(const report& r, std::ostream& out) {
  out << "\xEF\xBB\xBF";  // UTF-8 BOM, so that spreadsheet programs read the Chinese text
  using text::tr;
  const std::string source = tr("Source");
  write_row(out, {source, tr("Version"), r.version});
  write_row(out, {source, tr("Scoring policy"), policy_name(r.policy)});
  for (const input_file& input : r.inputs) write_row(out, {source, tr("Input file"), input_text(input)});
  if (r.review) write_row(out, {source, tr("Reviewer"), r.review->reviewer});
  write_row(out, {source, tr("Department"), r.department});
  write_row(out, {source, tr("Year"), std::to_string(r.year)});
  out << "\r\n";
  write_csv_header(out, false, r.review.has_value());
  write_csv_rows(r, out, nullptr);
}

void write_csv_source_row(std::ostream& out, const std::vector<std::string>& fields) { write_row(out, fields); }

}  // namespace jixiao::engine
