// Scoring a department: each project's indicators, budget execution, total and
// grade (SCORING.md sections 3 to 5), and every finding (section 7).
#pragma once

#include <memory>

#include "engine/model/model.hpp"
#include "engine/model/report.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

/// Scores every project of `targets` against `actuals`. Fills everything but the
/// report's source block (version, policy file, input hashes). The report keeps the
/// three alive and borrows its text from them.
report score_department(std::shared_ptr<const target_table> targets, std::shared_ptr<const actual_table> actuals,
                        std::shared_ptr<const rules::scoring_policy> policy);

/// The same on copies of the three: for small tables, tests and tools.
report score_department(const target_table& targets, const actual_table& actuals, const rules::scoring_policy& policy);

}  // namespace jixiao::engine
