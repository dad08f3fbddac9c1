// What the xlsx and HTML reports show beyond the other writers: the category split
// into the form's two levels, the findings beside each indicator, and the share of
// points earned per first-level category (for a chart). Selection and sums of the
// report's rounded figures only; no score is computed here.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/model/report.hpp"

namespace jixiao::engine {

/// 一级指标 and 二级指标 of a category: "产出/数量" -> {"产出", "数量"}, "效益" -> {"效益", ""};
/// when the category was inferred, "*" is appended to the last level given.
std::pair<std::string, std::string> category_levels(const indicator_entry& i);

/// The findings about one indicator of a project, in report order.
std::vector<const finding_entry*> indicator_findings(const report& r, const project_entry& p, const indicator_entry& i);

/// The findings shown beside an indicator as deviation reasons: indicator_findings but for
/// category_inferred, which the "*" on the category already shows.
std::vector<const finding_entry*> deviation_findings(const report& r, const project_entry& p, const indicator_entry& i);

/// The findings about a project as a whole (no indicator named), in report order.
std::vector<const finding_entry*> project_findings(const report& r, const project_entry& p);

/// Points earned against points available for one first-level category (一级指标), over all projects.
struct category_share {
  std::string category;  // 产出, 效益, 满意度, …, and 预算执行 (budget execution) in the reader's language
  double earned = 0;     // the sum of the rounded scores
  double available = 0;  // the sum of the weights, N/A indicators left out
  double percent = 0;    // 100 × earned / available, rounded to 2 decimals; 0 when nothing is available
};

/// The shares by first-level category, in order of first appearance, then 预算执行 (none without projects).
std::vector<category_share> category_shares(const report& r);

}  // namespace jixiao::engine
