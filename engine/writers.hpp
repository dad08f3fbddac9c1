// The report writers, one per output format; each starts with the source block
// (engine version, policy, each input's SHA-256) and never computes a score.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/report.hpp"

namespace jixiao::engine {

/// Aligned UTF-8 text for a terminal (columns by display width); writes nothing else, never throws.
void write_table(const report& r, std::ostream& out);

/// GitHub-flavoured Markdown: title, source list, a pipe table per project, summary, findings.
void write_markdown(const report& r, std::ostream& out);

/// UTF-8 CSV with BOM and CRLF (RFC 4180): source rows, a blank row, then one row per indicator.
void write_csv(const report& r, std::ostream& out);

/// One JSON object, indented by 2, non-ASCII kept; invalid UTF-8 is replaced, never thrown on.
void write_json(const report& r, std::ostream& out);
/// The same object without the final line break, for a report nested in another document.
void write_json_object(const report& r, std::ostream& out);
/// The same appended to a string.
void write_json_object(const report& r, std::string& out);

/// One self-contained HTML page (inline CSS and SVG charts, no script, no network), also
/// well-formed XML; text is escaped and invalid UTF-8 replaced, never thrown on.
void write_html(const report& r, std::ostream& out);

/// An Excel workbook at `path` (binary, so a file, never a stream): a summary sheet, one
/// 项目支出绩效自评表 per project, the findings. Written whole or not at all; throws output_error.
void write_xlsx(const report& r, const std::string& path);

/// The report in a text format by name: json, csv, markdown, html, anything else as table.
void write_text_report(const report& r, const std::string& format, std::ostream& out);

/// The CSV pieces batch reports reuse: the header row (with a leading department
/// column when asked), the indicator rows of a report, and any other row.
void write_csv_header(std::ostream& out, bool with_department);
void write_csv_rows(const report& r, std::ostream& out, const std::string* department);
void write_csv_source_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace jixiao::engine
