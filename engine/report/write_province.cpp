#include "engine/report/write_province.hpp"

#include <boost/iostreams/device/back_inserter.hpp>
#include <boost/iostreams/stream.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <sstream>

#include "engine/report/format_util.hpp"
#include "engine/report/formats.hpp"
#include "engine/report/writers.hpp"
#include "rules/finding_kinds.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

using json = nlohmann::ordered_json;
// A stream appending to a string: a department's section is rendered once, into the
// string the writer thread writes out.
using string_output = boost::iostreams::stream<boost::iostreams::back_insert_device<std::string>>;
constexpr auto replace_invalid = nlohmann::json::error_handler_t::replace;

std::string grades_text(const std::vector<std::pair<std::string, int>>& grades) {
  std::string out;
  for (const auto& [grade, count] : grades) out += (out.empty() ? "" : "  ") + grade_text(grade) + " " + std::to_string(count);
  return out;
}

std::string pad(const std::string& text, int width) {
  const int w = grammar::display_width(text);
  return text + std::string(static_cast<std::size_t>(std::max(0, width - w)), ' ');
}

std::string indent(const std::string& text, const std::string& by) {
  std::string out;
  std::istringstream in(text);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    out += (first ? "" : "\n") + (line.empty() ? line : by + line);
    first = false;
  }
  return out;
}

void write_text_summary(const province_summary& s, std::size_t written, std::size_t total, bool markdown,
                        std::ostream& out) {
  using text::tr;
  const std::string h = markdown ? "## " : "";
  const std::string line = markdown ? "\n" : "  ";
  out << (markdown ? "# " : "") << tr("Province summary") << "\n\n";
  out << (markdown ? "" : "  ")
      << text::trf("Departments: {1} / {2} reported, {3} with errors", std::to_string(written), std::to_string(total),
                   std::to_string(s.failed))
      << "\n";
  if (!s.grades.empty()) out << line << text::trf("Grades: {1}", grades_text(s.grades)) << "\n";
  out << line << text::trf("Budget-weighted mean score: {1}", rules::format_fixed(s.mean, s.places)) << "\n";
  if (s.reviewed_departments > 0) {
    const auto reviewed = static_cast<long>(s.reviewed_departments);
    out << line
        << text::format_text(text::trn("Review: {1} department has a review file (the others count as self-evaluated)",
                                       "Review: {1} departments have a review file (the others count as self-evaluated)",
                                       reviewed),
                             {std::to_string(reviewed)})
        << "\n";
    if (!s.reviewed_grades.empty()) out << line << text::trf("Grades after review: {1}", grades_text(s.reviewed_grades)) << "\n";
    out << line << text::trf("Budget-weighted mean score after review: {1}", rules::format_fixed(s.reviewed_mean, s.places))
        << "\n";
  }
  out << "\n";
  const auto status = [](bool ok) { return ok ? tr("ok") : tr("failed"); };
  if (markdown) {
    out << h << tr("Departments") << "\n\n| " << tr("Department") << " | " << tr("Projects") << " | "
        << tr("Grade distribution") << " | " << tr("Budget-weighted mean score") << " | " << tr("Status")
        << " |\n|---|---:|---|---:|---|\n";
    for (const auto& d : s.departments) {
      out << "| " << d.name << " | " << d.projects << " | " << grades_text(d.grades) << " | "
          << (d.ok ? rules::format_fixed(d.mean, s.places) : "—") << " | " << status(d.ok) << " |\n";
    }
    out << "\n" << h << tr("Lowest-scoring projects") << "\n\n| " << tr("Department") << " | " << tr("Project") << " | "
        << tr("Name") << " | " << tr("Total") << " | " << tr("Grade") << " |\n|---|---|---|---:|---|\n";
    for (const auto& p : s.lowest) {
      out << "| " << p.department << " | " << p.id << " | " << p.name << " | " << rules::format_fixed(p.total, s.places) << " | "
          << grade_text(p.grade) << " |\n";
    }
    out << "\n" << h << tr("Findings by kind") << "\n\n| " << tr("Kind") << " | " << tr("Count") << " |\n|---|---:|\n";
    for (const auto& [kind, count] : s.findings_by_kind) out << "| " << finding_kind_name(kind) << " | " << count << " |\n";
  } else {
    out << "  " << pad(tr("Department"), 20) << "  " << pad(tr("Projects"), 6) << "  " << pad(tr("Grade distribution"), 24)
        << "  " << pad(tr("Mean score"), 6) << "  " << tr("Status") << "\n";
    for (const auto& d : s.departments) {
      out << "  " << pad(d.name, 20) << "  " << pad(std::to_string(d.projects), 6) << "  " << pad(grades_text(d.grades), 24)
          << "  " << pad(d.ok ? rules::format_fixed(d.mean, s.places) : "—", 6) << "  " << status(d.ok) << "\n";
    }
    out << "\n  " << tr("Lowest-scoring projects:") << "\n";
    for (const auto& p : s.lowest) {
      out << "    " << rules::format_fixed(p.total, s.places) << "  " << grade_text(p.grade) << "  " << p.department << " / " << p.id << " "
          << p.name << "\n";
    }
    out << "\n  " << tr("Findings by kind:") << "\n";
    for (const auto& [kind, count] : s.findings_by_kind) out << "    " << pad(finding_kind_name(kind), 26) << count << "\n";
  }
  if (s.failed > 0) {
    out << "\n" << (markdown ? h : "  ") << tr("Departments with errors:") << "\n" << (markdown ? "\n" : "");
    for (const auto& d : s.departments) {
      if (!d.ok) out << (markdown ? "- " : "    ") << d.name << ": " << d.error << "\n";
    }
  }
}

}  // namespace

void write_province_header(const std::string& policy, std::size_t departments, report_format format,
                           std::ostream& out) {
  if (format == report_format::json) {
    json source;
    source["version"] = JIXIAO_VERSION;
    source["policy"] = policy;
    source["departments"] = departments;
    out << "{\n  \"source\": " << source.dump(-1, ' ', false, replace_invalid) << ",\n  \"departments\": [";
  } else if (format == report_format::csv) {
    out << "\xEF\xBB\xBF";
    write_csv_source_row(out, {text::tr("Source"), text::tr("Version"), JIXIAO_VERSION});
    write_csv_source_row(out, {text::tr("Source"), text::tr("Scoring policy"), policy_name(policy)});
    write_csv_source_row(out, {text::tr("Source"), text::tr("Number of departments"), std::to_string(departments)});
    out << "\r\n";
    write_csv_header(out, true);
  } else if (format == report_format::markdown) {
    out << "# " << text::trf("jixiao {1} province report", JIXIAO_VERSION) << "\n\n- "
        << text::trf("Scoring policy: {1}", policy_name(policy)) << "\n- "
        << text::trf("Number of departments: {1}", std::to_string(departments)) << "\n\n";
  } else {
    out << text::trf("jixiao {1} province report", JIXIAO_VERSION) << "\n"
        << text::trf("Scoring policy: {1}", policy_name(policy)) << "\n"
        << text::trf("Number of departments: {1}", std::to_string(departments)) << "\n\n";
  }
}

namespace {

// A JSON section opens with the department's name and status; its report follows.
std::string json_section_head(const std::string& name) {
  json head;
  head["name"] = name;
  head["status"] = "ok";
  std::string text = head.dump(-1, ' ', false, replace_invalid);
  text.pop_back();  // reopen the object to add the report
  return "\n    " + text + ", \"report\": ";
}

}  // namespace

void write_department_section(const std::string& name, const report& r, report_format format, std::ostream& out) {
  if (format == report_format::json) {
    out << json_section_head(name);
    write_json_object(r, out);
    out << "}";
  } else if (format == report_format::csv) {
    write_csv_rows(r, out, &name);
  } else if (format == report_format::markdown) {
    out << "# " << text::trf("Department {1}", name) << "\n\n";
    write_markdown(r, out);
    out << "\n";
  } else {
    out << "══════ " << text::trf("Department {1}", name) << " ══════\n";
    write_table(r, out);
    out << "\n";
  }
}

void write_department_section(const std::string& name, const report& r, report_format format, std::string& out) {
  if (format == report_format::json) {  // appended directly: faster than through a stream
    // About a kilobyte an indicator: reserved, the text is not copied as it grows.
    std::size_t indicators = 0;
    for (const auto& p : r.projects) indicators += p.indicators.size();
    out.reserve(out.size() + 1024 * indicators + 384 * r.findings.size() + 4096);
    out += json_section_head(name);
    write_json_object(r, out);
    out += "}";
    return;
  }
  string_output text(out);
  write_department_section(name, r, format, text);
  text.flush();
}

void write_failed_department_section(const std::string& name, const std::string& error, report_format format,
                                     std::string& out) {
  string_output text(out);
  if (format == report_format::json) {
    json entry;
    entry["name"] = name;
    entry["status"] = "error";
    entry["error"] = error;
    text << "\n    " << entry.dump(-1, ' ', false, replace_invalid);
  } else if (format == report_format::csv) {
    write_csv_source_row(text, {name, text::tr("error"), error});
  } else if (format == report_format::markdown) {
    text << "# " << text::trf("Department {1}", name) << "\n\n**" << text::tr("Error:") << "** " << error << "\n\n";
  } else {
    text << "══════ " << text::trf("Department {1}", name) << " ══════\n" << text::trf("Error: {1}", error) << "\n\n";
  }
  text.flush();
}

void write_department_separator(report_format format, std::ostream& out) {
  if (format == report_format::json) out << ",";
}

void write_province_summary(const province_summary& s, std::size_t written, std::size_t total,
                            report_format format, std::ostream& out) {
  if (format == report_format::json) {
    json summary;
    summary["departments_total"] = total;
    summary["departments_reported"] = written;
    summary["departments_failed"] = s.failed;
    json grades = json::object();
    for (const auto& [grade, count] : s.grades) grades[grade] = count;
    summary["grades"] = grades;
    summary["mean"] = s.mean;
    summary["budget_total"] = rules::round_half_up(s.budget_total, 4);
    if (s.reviewed_departments > 0) {
      json reviewed;
      reviewed["departments"] = s.reviewed_departments;
      json reviewed_grades = json::object();
      for (const auto& [grade, count] : s.reviewed_grades) reviewed_grades[grade] = count;
      reviewed["grades"] = reviewed_grades;
      reviewed["mean"] = s.reviewed_mean;
      summary["reviewed"] = reviewed;
    }
    json departments = json::array();
    for (const auto& d : s.departments) {
      json line;
      line["name"] = d.name;
      line["status"] = d.ok ? "ok" : "error";
      line["projects"] = d.projects;
      line["mean"] = d.ok ? json(d.mean) : json(nullptr);
      if (!d.ok) line["error"] = d.error;
      departments.push_back(line);
    }
    summary["by_department"] = departments;
    json lowest = json::array();
    for (const auto& p : s.lowest) {
      lowest.push_back({{"department", p.department}, {"id", p.id}, {"name", p.name}, {"total", p.total}, {"grade", p.grade}});
    }
    summary["lowest"] = lowest;
    summary["findings_by_kind"] = s.findings_by_kind;
    out << "\n  ],\n  \"summary\": " << indent(summary.dump(2, ' ', false, replace_invalid), "  ").substr(2) << "\n}\n";
    return;
  }
  if (format == report_format::csv) return;  // the CSV is the rows; the summary is in the other formats
  write_text_summary(s, written, total, format == report_format::markdown, out);
}

}  // namespace jixiao::engine
