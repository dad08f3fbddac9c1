#include "engine/yaml/write_policy.hpp"

#include <charconv>
#include <sstream>

#include "engine/yaml/yaml_document.hpp"

namespace jixiao::engine {

namespace {

// The shortest text that reads back as the same double.
std::string exact(double value) {
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, value);
  return std::string(text, result.ptr);
}

// A text as a YAML scalar: quoted (JSON style, which YAML reads) unless plain is safe.
std::string scalar(const std::string& text) {
  bool plain = !text.empty();
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !(std::isalnum(u) || c == '_' || c == '/')) plain = false;
  }
  if (plain && plain_number(text)) plain = false;
  if (plain && (text == "true" || text == "false" || text == "null" || text == "none" || text == "yes" || text == "no")) {
    plain = false;
  }
  if (plain) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string write_policy_yaml(const rules::scoring_policy& policy) {
  static const char* const tiers[] = {"达成", "部分达成", "未达成"};
  static const char* const levels[] = {"好", "较好", "一般", "较差", "差"};
  static const char* const grades[] = {"优", "良", "中"};
  std::ostringstream out;
  out << "# jixiao policy: " << policy.source << " (every value, as in effect)\n";
  out << "weights:\n";
  for (const auto& [name, weight] : policy.first_level) out << "  " << scalar(name) << ": " << exact(weight) << "\n";
  out << "  预算执行率: " << exact(policy.budget_weight) << "\n";
  out << "qualitative:\n  tiers:\n";
  for (std::size_t i = 0; i < policy.tiers.size(); ++i) {
    out << "    " << tiers[i] << ": {low: " << exact(policy.tiers[i].low)
        << ", default: " << exact(policy.tiers[i].default_point) << "}\n";
  }
  out << "  five_level: {";
  for (std::size_t i = 0; i < policy.five_level.size(); ++i) {
    out << (i ? ", " : "") << levels[i] << ": " << exact(policy.five_level[i]);
  }
  out << "}\n";
  out << "approximate_tolerance: " << exact(policy.approximate_tolerance) << "\n";
  out << "over_achievement:\n  threshold: " << exact(policy.over_threshold)
      << "\n  max_deduction: " << exact(policy.max_deduction) << "\n";
  out << "deadline_penalty_per_week: " << exact(policy.deadline_penalty_per_week) << "\n";
  out << "strict_equal: " << (policy.strict_equal ? "true" : "false") << "\n";
  out << "less_is_better: "
      << (policy.less_is_better == rules::less_is_better_formula::linear ? "linear" : "ratio") << "\n";
  if (policy.graded) {
    out << "grades: {";
    for (std::size_t i = 0; i < policy.grade_bounds.size(); ++i) {
      out << (i ? ", " : "") << grades[i] << ": " << exact(policy.grade_bounds[i]);
    }
    out << "}\n";
  } else {
    out << "grades: none\n";
  }
  out << "unit_synonyms:";
  if (policy.synonyms.empty()) out << " {}";
  out << "\n";
  for (const auto& [word, unit] : policy.synonyms) out << "  " << scalar(word) << ": " << scalar(unit) << "\n";
  out << "category_keywords:";
  if (policy.categories.empty()) out << " []";
  out << "\n";
  for (const auto& rule : policy.categories) {
    out << "  - {category: " << scalar(rule.category) << ", keywords: [";
    for (std::size_t i = 0; i < rule.keywords.size(); ++i) out << (i ? ", " : "") << scalar(rule.keywords[i]);
    out << "]}\n";
  }
  out << "default_category: " << scalar(policy.default_category) << "\n";
  out << "score_decimals: " << policy.score_decimals << "\n";
  out << "rounding: " << (policy.rounding == rules::rounding_mode::down ? "down" : "half_up") << "\n";
  out << "budget_execution:\n  formula: "
      << (policy.budget_execution == rules::budget_formula::bands ? "bands" : "ratio") << "\n";
  if (policy.budget_execution == rules::budget_formula::bands) {
    out << "  bands:\n";
    for (const auto& band : policy.bands) {
      out << "    - {from: " << exact(band.from) << ", share: " << exact(band.share) << "}\n";
    }
  }
  return out.str();
}

}  // namespace jixiao::engine
