#include "engine/report/write_template.hpp"

#include <set>

#include "engine/yaml/yaml_scalar.hpp"
#include "grammar/text/language.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

// Each line of `paragraph` as a YAML comment.
std::string comment_lines(const std::string& paragraph, const std::string& indent = "") {
  std::string out;
  std::size_t start = 0;
  while (start <= paragraph.size()) {
    const std::size_t end = std::min(paragraph.find('\n', start), paragraph.size());
    out += indent + "# " + paragraph.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

std::string title(const target_table& targets) {
  const std::string department = comment_text(targets.department);
  const std::string year = std::to_string(targets.year);
  if (!targets.department.empty() && targets.year) {
    return text::trf("Actuals of {1} for {2}, to score with jixiao score.", department, year);
  }
  if (!targets.department.empty()) return text::trf("Actuals of {1}, to score with jixiao score.", department);
  if (targets.year) return text::trf("Actuals for {1}, to score with jixiao score.", year);
  return text::tr("Actuals to score with jixiao score.");
}

// The values an actual may take; the words in the arguments are the input's own (grades, keys, units).
std::string header() {
  return text::trf(
      "Fill in each value after its colon: a number (5, 99%, {1}), a grade ({2},\n"
      "{3}, {4}, {5} … {6}), {7} with a note, or a map such as\n"
      "{8} or {9} for a deferred target;\n"
      "and each project's spent (in {10}). An empty value counts as missing.",
      "3,000人次", "达成", "部分达成", "未达成", "好", "差", "不适用", "{value: 0, note: 采购延期至次年}",
      "{planned: 4, value: 3}", "万元");
}

}  // namespace

std::string write_template(const target_table& targets) {
  std::string out = comment_lines(title(targets)) + comment_lines(header());
  out += targets.year ? "year: " + std::to_string(targets.year) + "\n" : "# year: " + text::tr("(the targets give none)") + "\n";
  out += "projects:\n";
  std::set<std::string> ids;
  for (const auto& project : targets.projects) {
    if (!ids.insert(project.id).second) {
      out += comment_lines(text::trf("project {1} again (line {2} of the targets): not scored, left out",
                                     comment_text(project.id), std::to_string(project.mark.line)),
                           "  ");
      continue;
    }
    out += "  " + yaml_quoted(project.id) + ":   # " + comment_text(project.name) + "\n";
    out += "    spent:   # " + text::trf("budget {1} {2}", rules::format_number(project.budget), "万元") + "\n";
    if (project.indicators.empty()) continue;
    out += "    indicators:\n";
    std::set<std::string> names;
    for (const auto& indicator : project.indicators) {
      if (!names.insert(indicator.name).second) {
        out += comment_lines(text::trf("{1} again: not scored, left out", comment_text(indicator.name)), "      ");
        continue;
      }
      out += "      " + yaml_scalar(indicator.name) + ":   # " + comment_text(indicator.target_text) + "\n";
    }
  }
  return out;
}

}  // namespace jixiao::engine
