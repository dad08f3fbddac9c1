#include "rules/policy.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "grammar/text/language.hpp"

#include "rules/rounding.hpp"

namespace jixiao::rules {

namespace {

const char* const tier_names[] = {"达成", "部分达成", "未达成"};
const char* const level_names[] = {"好", "较好", "一般", "较差", "差"};

bool is_ratio(double x) { return std::isfinite(x) && x >= 0 && x <= 1; }

// Bands from the highest rate down, each share a ratio no larger than the band
// above's, the last from 0.
std::optional<policy_problem> band_contradiction(const std::vector<execution_band>& bands) {
  if (bands.empty()) return policy_problem{"budget_execution.bands", text::message(N_("formula bands needs at least one band"))};
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const std::string field = "budget_execution.bands[" + std::to_string(i) + "]";
    if (!std::isfinite(bands[i].from) || bands[i].from < 0) {
      return policy_problem{field + ".from", text::message(N_("a band starts at a rate of 0 or more"))};
    }
    if (!is_ratio(bands[i].share)) return policy_problem{field + ".share", text::message(N_("a share is a ratio from 0 to 1"))};
    if (i > 0 && bands[i].from >= bands[i - 1].from) {
      return policy_problem{field + ".from", text::message(N_("bands are out of order: from {1} is not below the band above it ({2}); list them from the highest rate down"),
                                                           format_number(bands[i].from), format_number(bands[i - 1].from))};
    }
    if (i > 0 && bands[i].share > bands[i - 1].share) {
      return policy_problem{field + ".share", text::message(N_("the share {1} is above the share of the band above it ({2})"),
                                                            format_number(bands[i].share), format_number(bands[i - 1].share))};
    }
  }
  if (bands.back().from != 0) {
    return policy_problem{"budget_execution.bands[" + std::to_string(bands.size() - 1) + "].from",
                          text::message(N_("the bands do not cover 0: the last band starts at {1}, not 0"),
                                        format_number(bands.back().from))};
  }
  return std::nullopt;
}

}  // namespace

std::optional<policy_problem> find_contradiction(const scoring_policy& policy) {
  double sum = policy.budget_weight;
  if (!std::isfinite(policy.budget_weight) || policy.budget_weight < 0) {
    return policy_problem{"weights.预算执行率", text::message(N_("a weight must be a number from 0 to 100"))};
  }
  for (const auto& [name, weight] : policy.first_level) {
    if (!std::isfinite(weight) || weight < 0) {
      return policy_problem{"weights." + name, text::message(N_("a weight must be a number from 0 to 100"))};
    }
    sum += weight;
  }
  if (std::fabs(sum - 100.0) > 1e-9) {
    return policy_problem{"weights", text::message(N_("the weights add up to {1}, not 100"), format_number(sum))};
  }
  for (std::size_t i = 0; i < policy.tiers.size(); ++i) {
    const auto& tier = policy.tiers[i];
    const double high = i == 0 ? 1.0 : policy.tiers[i - 1].low;
    const std::string field = std::string("qualitative.tiers.") + tier_names[i];
    if (!is_ratio(tier.low) || !is_ratio(tier.default_point)) {
      return policy_problem{field, text::message(N_("tier bounds and points are ratios from 0 to 1"))};
    }
    if (i > 0 && tier.low >= high) {
      return policy_problem{field + ".low", text::message(N_("the tier's lower bound {1} is not below the tier above it ({2})"),
                                                          format_number(tier.low), format_number(high))};
    }
    const bool inside = tier.default_point >= tier.low && (i == 0 ? tier.default_point <= 1.0 : tier.default_point < high);
    if (!inside) {
      return policy_problem{field + ".default", text::message(N_("the default point {1} is outside its tier {2}"), format_number(tier.default_point),
                                                              "[" + format_number(tier.low) + ", " + format_number(high) +
                                                                  (i == 0 ? "]" : ")"))};
    }
  }
  if (policy.tiers[2].low != 0.0) {
    return policy_problem{"qualitative.tiers.未达成.low", text::message(N_("the lowest tier must start at 0"))};
  }
  for (std::size_t i = 0; i < policy.five_level.size(); ++i) {
    const std::string field = std::string("qualitative.five_level.") + level_names[i];
    if (!is_ratio(policy.five_level[i])) return policy_problem{field, text::message(N_("a level's point is a ratio from 0 to 1"))};
    if (i > 0 && policy.five_level[i] > policy.five_level[i - 1]) {
      return policy_problem{field, text::message(N_("the level scores more than {1}"), level_names[i - 1])};
    }
  }
  if (!is_ratio(policy.approximate_tolerance) || policy.approximate_tolerance >= 1) {
    return policy_problem{"approximate_tolerance", text::message(N_("the tolerance is a ratio from 0 to below 1"))};
  }
  if (!std::isfinite(policy.over_threshold) || policy.over_threshold < 0) {
    return policy_problem{"over_achievement.threshold", text::message(N_("the threshold is a ratio of 0 or more"))};
  }
  if (!is_ratio(policy.max_deduction)) {
    return policy_problem{"over_achievement.max_deduction", text::message(N_("the deduction is a ratio from 0 to 1"))};
  }
  if (!is_ratio(policy.deadline_penalty_per_week)) {
    return policy_problem{"deadline_penalty_per_week", text::message(N_("the penalty is a ratio from 0 to 1"))};
  }
  for (std::size_t i = 0; i < policy.grade_bounds.size(); ++i) {
    const double bound = policy.grade_bounds[i];
    const std::string field = std::string("grades.") + grade_names[i];
    if (!std::isfinite(bound) || bound < 0 || bound > 100) return policy_problem{field, text::message(N_("a grade bound is from 0 to 100"))};
    if (i > 0 && bound >= policy.grade_bounds[i - 1]) {
      return policy_problem{field, text::message(N_("grade bands are out of order: {1} {2} is not below {3} {4}"), grade_names[i],
                                                 format_number(bound), grade_names[i - 1],
                                                 format_number(policy.grade_bounds[i - 1]))};
    }
  }
  if (policy.score_decimals < 0 || policy.score_decimals > 2) {
    return policy_problem{"score_decimals", text::message(N_("the precision is 0, 1 or 2 decimals"))};
  }
  if (policy.budget_execution == budget_formula::bands) return band_contradiction(policy.bands);
  return std::nullopt;
}

std::size_t band_of(double rate, const scoring_policy& policy) {
  for (std::size_t i = 0; i < policy.bands.size(); ++i) {
    if (rate >= policy.bands[i].from) return i;
  }
  return policy.bands.size() - 1;
}

std::size_t grade_index(double total, const scoring_policy& policy) {
  for (std::size_t i = 0; i < policy.grade_bounds.size(); ++i) {
    if (total >= policy.grade_bounds[i]) return i;
  }
  return policy.grade_bounds.size();
}

std::vector<std::pair<std::string, int>> zero_grade_counts() {
  std::vector<std::pair<std::string, int>> counts;
  for (const char* grade : grade_names) counts.emplace_back(grade, 0);
  return counts;
}

namespace {

// The levels of the built-in policy's categories by the word the policy uses (the
// catalog's Chinese), to their English: read from the catalog once.
const std::map<std::string, const char*, std::less<>>& english_levels() {
  static const std::map<std::string, const char*, std::less<>> levels = [] {
    std::map<std::string, const char*, std::less<>> out;
    for (const char* english : {N_("output"), N_("quantity"), N_("quality"), N_("timeliness"), N_("cost"),
                                N_("effect"), N_("satisfaction"), N_("social effect"), N_("economic effect"),
                                N_("ecological effect"), N_("sustainable impact"), N_("budget execution rate")}) {
      out.emplace(text::tr_in(text::language::zh, english), english);
    }
    return out;
  }();
  return levels;
}

}  // namespace

std::string category_label(std::string_view category) {
  if (text::current_language() == text::language::zh) return std::string(category);
  const auto& levels = english_levels();
  std::string out;
  std::size_t start = 0;
  while (start <= category.size()) {
    const std::size_t slash = std::min(category.find('/', start), category.size());
    const std::string_view level = category.substr(start, slash - start);
    const auto english = levels.find(level);
    if (start > 0) out += '/';
    out.append(english == levels.end() ? level : std::string_view(english->second));
    start = slash + 1;
  }
  return out;
}

text::rendered_text category_arg(std::string_view category) { return {category, &category_label}; }

std::string grade_label(std::string_view grade) {
  for (std::size_t i = 0; i < grade_names.size(); ++i) {
    if (grade == grade_names[i]) return text::tr(grade_labels[i]);
  }
  return std::string(grade);
}

const char* grade_of(double total, const scoring_policy& policy) {
  return grade_names[grade_index(total, policy)];
}

std::string infer_category(const std::string& name, const scoring_policy& policy) {
  for (const auto& rule : policy.categories) {
    for (const auto& keyword : rule.keywords) {
      if (!keyword.empty() && name.find(keyword) != std::string::npos) return rule.category;
    }
  }
  return policy.default_category;
}

std::string first_level_of(const std::string& category) {
  const auto slash = category.find('/');
  return slash == std::string::npos ? category : category.substr(0, slash);
}

int first_level_place(const std::string& category, const scoring_policy& policy) {
  const std::string first = first_level_of(category);
  for (std::size_t i = 0; i < policy.first_level.size(); ++i) {
    if (policy.first_level[i].first == first) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace jixiao::rules
