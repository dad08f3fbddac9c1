// The actuals skeleton for a target table (SCORING.md section 1): what auditors fill in.
#pragma once

#include <string>

#include "engine/model/model.hpp"

namespace jixiao::engine {

/// The actuals YAML to fill in: `year:`, then every project (id quoted, name in a
/// comment) with `spent:` (budget in a comment) and every indicator in order, its
/// target as a comment and its value empty. A project id or indicator name given twice
/// appears once, as the scorer reads it. Never fails.
std::string write_template(const target_table& targets);

}  // namespace jixiao::engine
