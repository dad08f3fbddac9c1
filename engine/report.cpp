#include "engine/report.hpp"

#include "rules/rounding.hpp"

namespace jixiao::engine {

using rules::format_fixed;
using rules::format_number;

std::string indicator_entry::explain() const {
  if (rule == nullptr || policy == nullptr) return {};
  return rules::score_indicator(*rule, value, weight, *policy, year, rules::explain::written).explanation;
}

std::string project_entry::budget_explain() const {
  if (!spent) return "no spent → 0.00";
  if (budget <= 0) return "budget 0: no execution rate → 0.00";
  return format_number(budget_weight) + " × min(1, " + format_number(*spent) + " / " + format_number(budget) +
         ") = " + format_fixed(budget_score);
}

std::string project_entry::total_explain() const {
  if (rescaled) {
    return "100 × " + format_fixed(points) + " / " + format_number(applicable) + " = " + format_fixed(total);
  }
  return "indicators " + format_fixed(indicator_points) + " + budget " + format_fixed(budget_score) + " = " +
         format_fixed(points);
}

std::string cell_place(const std::string& sheet, int row, int column) {
  std::string letters;
  for (int n = column; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return sheet + "!" + letters + (row > 0 ? std::to_string(row) : std::string());
}

std::string finding_cell(const finding_entry& f) {
  return f.sheet ? cell_place(f.sheet, f.line, f.column) : std::string();
}

const char* severity_name(severity level) {
  switch (level) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "note";
  }
  return "";
}

}  // namespace jixiao::engine
