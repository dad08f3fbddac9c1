// Scoring a department: each project's indicators, budget execution, total and
// grade (SCORING.md sections 4 and 5), and every finding (section 7).
#pragma once

#include "engine/model.hpp"
#include "engine/report.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

/// Scores every project of `targets` against `actuals`. Fills everything but the
/// report's source block (version, policy file, input hashes).
report score_department(const target_table& targets, const actual_table& actuals, const rules::scoring_policy& policy);

/// The category for an indicator name by the policy's keyword table; first match wins.
std::string infer_category(const std::string& name, const rules::scoring_policy& policy);

}  // namespace jixiao::engine
