#include <string>
#include <string_view>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/writers.hpp"

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

void write_csv_header(std::ostream& out, bool with_department) {
  std::vector<std::string> header = {"project_id", "project_name", "indicator", "category", "category_inferred",
                                     "target", "actual", "weight", "score", "status", "explain", "note"};
  if (with_department) header.insert(header.begin(), "department");
  write_row(out, header);
}

void write_csv_rows(const report& r, std::ostream& out, const std::string* department) {
  const auto row = [&](std::vector<std::string> fields) {
    if (department) fields.insert(fields.begin(), *department);
    write_row(out, fields);
  };
  for (const project_entry& p : r.projects) {
    for (const indicator_entry& i : p.indicators) {
      row({p.id.str(), p.name.str(), i.name.str(), i.category.str(), i.category_inferred ? "true" : "false",
           i.target.str(), i.actual.str(), format_score(i.weight), format_score(i.score),
           rules::status_name(i.status), i.explain(), i.note.str()});
    }
    const std::string rate = p.execution_rate ? format_rate(p.execution_rate) : std::string();
    row({p.id.str(), p.name.str(), "预算执行率", "预算执行率", "false", "", rate, format_score(p.budget_weight),
         format_score(p.budget_score), "", p.budget_explain(), ""});
    row({p.id.str(), p.name.str(), "总分", "", "false", "", "", "", format_score(p.total), p.grade.str(),
         p.total_explain(), ""});
  }
}

void write_csv(const report& r, std::ostream& out) {
  out << "\xEF\xBB\xBF";  // UTF-8 BOM, so that spreadsheet programs read the Chinese text
  write_row(out, {"source", "version", r.version});
  write_row(out, {"source", "policy", r.policy});
  for (const input_file& input : r.inputs) write_row(out, {"source", "input", input_text(input)});
  write_row(out, {"source", "department", r.department});
  write_row(out, {"source", "year", std::to_string(r.year)});
  out << "\r\n";
  write_csv_header(out, false);
  write_csv_rows(r, out, nullptr);
}

void write_csv_source_row(std::ostream& out, const std::vector<std::string>& fields) { write_row(out, fields); }

}  // namespace jixiao::engine
