#include "engine/import/write_actuals_yaml.hpp"

#include <charconv>

#include "engine/yaml/yaml_document.hpp"
#include "engine/yaml/yaml_scalar.hpp"

namespace jixiao::engine {

namespace {

// A number in its shortest exact form (23.6, 0.75, 1e+20).
std::string number_text(double value) {
  if (value == 0) return "0";
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, value);
  return std::string(text, result.ptr);
}

// An actual as written: a plain number bare (YAML reads it as a number), other text as text.
std::string value_text(const rules::actual_value& value) {
  if (value.kind == rules::actual_kind::number && plain_number(value.written)) return value.written;
  return yaml_scalar(value.written);
}

void write_indicator(const indicator_actual& actual, std::string& out) {
  out += "      " + yaml_scalar(actual.name) + ":";
  const rules::actual_value& v = actual.value;
  if (actual.left_empty) {
    out += "\n";
    return;
  }
  if (v.note.empty() && !v.planned && !v.ratio && !v.cause_target_too_low) {
    out += " " + value_text(v) + "\n";
    return;
  }
  out += "\n        value: " + value_text(v) + "\n";
  if (v.ratio) out += "        ratio: " + number_text(*v.ratio) + "\n";
  if (v.planned) out += "        planned: " + number_text(*v.planned) + "\n";
  if (v.cause_target_too_low) out += "        cause: target_too_low\n";
  if (!v.note.empty()) out += "        note: " + yaml_scalar(v.note) + "\n";
}

}  // namespace

std::string write_actuals_yaml(const actual_table& actuals, const std::string& source) {
  std::string out = "# 实际完成值 from " + comment_text(source) + " (jixiao import --actuals)\n";
  if (actuals.year) out += "year: " + std::to_string(*actuals.year) + "\n";
  out += "projects:";
  if (actuals.projects.empty()) return out + " {}\n";
  out += "\n";
  for (const project_actual& project : actuals.projects) {
    out += "  " + yaml_quoted(project.id) + ":";
    if (!project.spent && !project.budget && !project.summary && project.indicators.empty()) {
      out += "\n";
      continue;
    }
    out += "\n";
    if (project.spent) out += "    spent: " + number_text(*project.spent) + "\n";
    if (project.budget) out += "    budget: " + number_text(*project.budget) + "\n";
    if (project.summary) out += "    summary: " + yaml_scalar(*project.summary) + "\n";
    if (project.indicators.empty()) continue;
    out += "    indicators:\n";
    for (const indicator_actual& actual : project.indicators) write_indicator(actual, out);
  }
  return out;
}

}  // namespace jixiao::engine
