// An actual_table as actuals YAML (SCORING.md section 1): what `jixiao import --actuals`
// makes of a collection workbook, read back by load_actuals to the same values.
#pragma once

#include <string>

#include "engine/model/model.hpp"

namespace jixiao::engine {

/// The actuals YAML: `year:` when known, then each project (id quoted) with `spent:`
/// and `budget:` when given and its indicators in order; a value alone as a scalar (a
/// number bare, text as written), a value with a note, planned value, ratio or cause as
/// a map; an indicator left empty as `name:`. A comment names `source`. Never fails.
std::string write_actuals_yaml(const actual_table& actuals, const std::string& source);

}  // namespace jixiao::engine
