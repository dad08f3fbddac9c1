#include "engine/report/formats.hpp"

#include <stdexcept>

#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

std::optional<report_format> format_named(std::string_view name) {
  for (const auto& info : report_formats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

const format_info& info_of(report_format format) {
  for (const auto& info : report_formats) {
    if (info.format == format) return info;
  }
  throw std::invalid_argument("unknown report format");
}

std::string format_names(bool province_only) {
  std::string names;
  std::string last;
  for (const auto& info : report_formats) {
    if (province_only && !info.for_province) continue;
    if (!last.empty()) names += (names.empty() ? "" : ", ") + last;
    last = info.name;
  }
  return names.empty() ? last : text::trf("{1} or {2}", names, last);
}

void write_report(const report& r, report_format format, std::ostream& out) {
  switch (format) {
    case report_format::table: return write_table(r, out);
    case report_format::markdown: return write_markdown(r, out);
    case report_format::csv: return write_csv(r, out);
    case report_format::json: return write_json(r, out);
    case report_format::html: return write_html(r, out);
    case report_format::xlsx: break;
  }
  throw std::invalid_argument("the xlsx report is written to a file, not a stream");
}

}  // namespace jixiao::engine
