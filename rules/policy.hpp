// Policy values (SCORING.md section 6): every number a finance bureau may change.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "grammar/text/language.hpp"
#include "grammar/text/message.hpp"
#include "rules/rounding.hpp"
#include "rules/units.hpp"

namespace jixiao::rules {

/// A qualitative tier (达成 / 部分达成 / 未达成): its lower bound and the point used
/// when the actual names the tier alone, both as ratios of the weight.
struct tier_policy {
  double low = 0;
  double default_point = 0;
};

/// Indicator names containing one of `keywords` fall in `category` (e.g. 产出/时效).
struct category_rule {
  std::string category;
  std::vector<std::string> keywords;
};

enum class less_is_better_formula { ratio, linear };

/// Budget execution: w × min(1, rate), or w × the share of the band the rate falls in.
enum class budget_formula { ratio, bands };

/// Rates from `from` up (to the band above) earn `share` of the budget weight.
struct execution_band {
  double from = 0;
  double share = 0;
};

struct scoring_policy {
  std::string source = "built-in";
  /// First-level categories (一级指标) and their weights, in report order.
  std::vector<std::pair<std::string, double>> first_level = {{"产出", 50}, {"效益", 30}, {"满意度", 10}};
  double budget_weight = 10;  // 预算执行率
  std::array<tier_policy, 3> tiers = {{{0.8, 1.0}, {0.6, 0.7}, {0.0, 0.3}}};  // 达成, 部分达成, 未达成
  std::array<double, 5> five_level = {1.0, 0.8, 0.6, 0.4, 0.2};               // 好 较好 一般 较差 差
  double approximate_tolerance = 0.10;
  double over_threshold = 0.20;
  double max_deduction = 0.20;
  double deadline_penalty_per_week = 0.10;
  std::array<double, 3> grade_bounds = {90, 80, 60};  // 优, 良, 中; below is 差
  unit_synonyms synonyms = {{"名", "人"}, {"百分比", "%"}};
  std::vector<category_rule> categories = {
      {"满意度", {"满意"}},
      {"产出/时效", {"及时", "按时", "时效"}},
      {"产出/质量", {"合格", "达标", "准确", "正常运行", "质量", "等保"}},
      {"产出/成本", {"成本", "费用"}},
      {"效益", {"效益", "效率", "效能", "提升", "增长", "影响", "覆盖", "发展", "素质", "能力", "储备", "使用率",
               "利用率"}},
  };
  std::string default_category = "产出/数量";
  bool strict_equal = false;
  less_is_better_formula less_is_better = less_is_better_formula::ratio;
  int score_decimals = 2;  // 0, 1 or 2: every printed figure
  rounding_mode rounding = rounding_mode::half_up;
  budget_formula budget_execution = budget_formula::ratio;
  std::vector<execution_band> bands;  // highest `from` first, the last from 0
  bool graded = true;                 // false (grades: none): no grade is given

  /// A figure as printed: rounded or cut at the policy's precision.
  double printed(double value) const { return printed_at(value, score_decimals, rounding); }
};

/// A contradiction in a policy: the field (dotted path as in the file) and why.
struct policy_problem {
  std::string field;
  text::message message;
};

/// The first contradiction found, or nullopt when the policy is consistent.
std::optional<policy_problem> find_contradiction(const scoring_policy& policy);

/// The grades, best first: 优 (excellent), 良 (good), 中 (fair), 差 (poor). A
/// policy's grade_bounds are the lower bounds of the first three.
inline constexpr std::array<const char*, 4> grade_names = {"优", "良", "中", "差"};

/// The grades' names for a reader, in grade_names' order: English source texts,
/// translated by grade_label (grade_names are data: policy keys, JSON).
inline constexpr std::array<const char*, 4> grade_labels = {N_("excellent"), N_("good"), N_("fair"), N_("poor")};

/// A grade (优 / 良 / 中 / 差, as grade_names spell it) in the current language; any
/// other text as it is.
std::string grade_label(std::string_view grade);
/// A category (产出/数量) in the reader's language: each level the built-in policy
/// names is translated (output/quantity); a level a policy file names is its data.
std::string category_label(std::string_view category);
/// A category as a message argument, put into the reader's language when written.
text::rendered_text category_arg(std::string_view category);

/// A count of 0 for each grade, in grade_names' order: what a summary counts up.
std::vector<std::pair<std::string, int>> zero_grade_counts();

/// The band (index in policy.bands) a budget execution rate falls in; policy.bands is not empty.
std::size_t band_of(double rate, const scoring_policy& policy);

/// 优 / 良 / 中 / 差 for a total.
const char* grade_of(double total, const scoring_policy& policy);

/// The grade's place in 优 良 中 差: 0 to 3.
std::size_t grade_index(double total, const scoring_policy& policy);

/// The category for an indicator name by the policy's keyword table; first match wins.
std::string infer_category(const std::string& name, const scoring_policy& policy);

/// The first-level category of a category path: "产出/时效" -> "产出".
std::string first_level_of(const std::string& category);

/// The place in the policy's first_level of a category's first level ("产出/数量":
/// 产出's place); -1 when the policy does not weigh it.
int first_level_place(const std::string& category, const scoring_policy& policy);

}  // namespace jixiao::rules
