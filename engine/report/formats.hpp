// The report formats: one table of names and what each can do, so that adding a
// format touches this table and its writer only.
#pragma once

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "engine/model/report.hpp"

namespace jixiao::engine {

enum class report_format { table, markdown, csv, json, html, xlsx };

struct format_info {
  report_format format;
  std::string_view name;  // as --format takes it
  bool to_file_only;      // binary: written to a file (-o), never to a stream
  bool for_province;      // a province report can be written in it
  std::string_view extension;   // of a file in it, with the dot
  std::string_view media_type;  // as a download is served
};

inline constexpr std::array<format_info, 6> report_formats = {{
    {report_format::table, "table", false, true, ".txt", "text/plain; charset=utf-8"},
    {report_format::markdown, "markdown", false, true, ".md", "text/markdown; charset=utf-8"},
    {report_format::csv, "csv", false, true, ".csv", "text/csv; charset=utf-8"},
    {report_format::json, "json", false, true, ".json", "application/json; charset=utf-8"},
    {report_format::html, "html", false, false, ".html", "text/html; charset=utf-8"},
    {report_format::xlsx, "xlsx", true, false, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
}};

/// The format of a name, or nullopt for an unknown one.
std::optional<report_format> format_named(std::string_view name);

const format_info& info_of(report_format format);

/// "table, markdown, csv, json, html or xlsx"; only the province formats when asked.
std::string format_names(bool province_only = false);

/// Writes a department's report in a format written to a stream; throws
/// std::invalid_argument for a format written to a file only.
void write_report(const report& r, report_format format, std::ostream& out);

}  // namespace jixiao::engine
