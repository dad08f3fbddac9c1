#include "engine/report/write_findings.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

#include "engine/report/format_util.hpp"

namespace jixiao::engine {

namespace {

// "file:line:column: 警告: 项目 1 / 满意率: message [超额完成]" (the severity as a word, the kind
// by its name, in the reader's language), leaving out what is not known.
std::string finding_line(const finding_entry& f) {
  std::string out;
  if (!f.file.empty()) {
    out += f.file;
    if (f.sheet) {
      out += ":" + finding_cell(f);
    } else if (f.line > 0) {
      out += ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
    }
    out += ": ";
  }
  out += severity_word(f.level) + ": ";
  const std::string subject = finding_subject(f);
  if (!subject.empty()) out += subject + ": ";
  return out + f.message.str() + " [" + kind_name(f) + "]";
}

nlohmann::json finding_json(const finding_entry& f) {
  const auto text_or_null = [](std::string_view s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
  const auto int_or_null = [](int n) { return n > 0 ? nlohmann::json(n) : nlohmann::json(); };
  nlohmann::json out = {{"severity", severity_name(f.level)}, {"file", text_or_null(f.file)},
                        {"line", int_or_null(f.sheet ? 0 : f.line)}, {"column", int_or_null(f.sheet ? 0 : f.column)},
                        {"project", text_or_null(f.project)}, {"indicator", text_or_null(f.indicator)},
                        {"kind", f.kind.code()}, {"message", f.message.str()}};
  if (f.sheet) out["cell"] = finding_cell(f);
  return out;
}

}  // namespace

void write_findings(const finding_list& findings, const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : findings) list.push_back(finding_json(f));
    out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  for (const auto& f : findings) out << finding_line(f) << "\n";
  out << severity_counts(findings.items) << "\n";
}

}  // namespace jixiao::engine
