// The review of a target table before it is approved (绩效目标审核) and of the
// actuals before scoring: findings only, no I/O.
#pragma once

#include <string>
#include <vector>

#include "engine/model/model.hpp"
#include "engine/model/report.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

/// Every finding about the target table itself: targets that cannot be measured,
/// units that disagree, duplicates, projects lacking a satisfaction, output or effect
/// indicator, weights, inferred categories, near-identical names. Table order; never throws.
finding_list review_targets(const target_table& targets, const rules::scoring_policy& policy);

/// The targets' review plus, when `actuals` is given, every finding scoring them gives
/// (SCORING.md section 7) that the review does not already give; sorted by sort_findings.
finding_list review(const target_table& targets, const actual_table* actuals, const rules::scoring_policy& policy);

/// Orders findings by severity, then file (in the order of `files`, others last), line
/// and column; findings at one place keep their order.
void sort_findings(std::vector<finding_entry>& findings, const std::vector<std::string>& files);

}  // namespace jixiao::engine
