// Scoring one indicator (SCORING.md section 3): a rule, an actual and a weight give
// a score with the line that explains it.
#pragma once

#include <string>
#include <vector>

#include "rules/actual.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"

namespace jixiao::rules {

enum class indicator_status { met, not_met, exceeded, not_applicable, missing };

struct score_result {
  double score = 0;  // rounded half up to 2 decimals, within [0, weight]
  indicator_status status = indicator_status::missing;
  std::string explanation;  // "8 × 45 / 50 = 7.20"
  std::vector<finding> findings;
};

/// Scores `actual` (nullptr: no actual was supplied) against `r` with weight `w`.
/// `year` is the table's year, for deadlines written without one.
score_result score_indicator(const rule& r, const actual_value* actual, double w, const scoring_policy& policy,
                             int year);

/// 达成 / 未达成 / 超额 / 不适用 / 缺失.
const char* status_name(indicator_status status);

}  // namespace jixiao::rules
