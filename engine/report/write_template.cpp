#include "engine/report/write_template.hpp"

#include <set>

#include "engine/yaml/yaml_scalar.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

const char* const header =
    "# Fill in each value after its colon: a number (5, 99%, 3,000人次), a grade (达成,\n"
    "# 部分达成, 未达成, 好 … 差), 不适用 with a note, or a map such as\n"
    "# {value: 0, note: 采购延期至次年} or {planned: 4, value: 3} for a deferred target;\n"
    "# and each project's spent (全年执行数, 万元). An empty value counts as missing.\n";

}  // namespace

std::string write_template(const target_table& targets) {
  std::string out = "# 实际完成值";
  if (!targets.department.empty()) out += " of " + comment_text(targets.department);
  if (targets.year) out += ", " + std::to_string(targets.year);
  out += ": actuals to score with jixiao score.\n";
  out += header;
  out += targets.year ? "year: " + std::to_string(targets.year) + "\n" : "# year: (the targets give none)\n";
  out += "projects:\n";
  std::set<std::string> ids;
  for (const auto& project : targets.projects) {
    if (!ids.insert(project.id).second) {
      out += "  # project " + comment_text(project.id) + " again (line " + std::to_string(project.mark.line) +
             " of the targets): not scored, left out\n";
      continue;
    }
    out += "  " + yaml_quoted(project.id) + ":   # " + comment_text(project.name) + "\n";
    out += "    spent:   # budget " + rules::format_number(project.budget) + " 万元\n";
    if (project.indicators.empty()) continue;
    out += "    indicators:\n";
    std::set<std::string> names;
    for (const auto& indicator : project.indicators) {
      if (!names.insert(indicator.name).second) {
        out += "      # " + comment_text(indicator.name) + " again: not scored, left out\n";
        continue;
      }
      out += "      " + yaml_scalar(indicator.name) + ":   # " + comment_text(indicator.target_text) + "\n";
    }
  }
  return out;
}

}  // namespace jixiao::engine
