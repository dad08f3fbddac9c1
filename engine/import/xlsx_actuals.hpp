// The actuals from a filled collection workbook (实际完成值.xlsx, written by
// `jixiao template --format xlsx`): the same actual_table the YAML loader makes, each
// value marked with its sheet and cell, so scoring and findings are shared.
#pragma once

#include <string>

#include "engine/io/limits.hpp"
#include "engine/model/model.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

/// Reads the workbook whose bytes are `data` (`path` names it). Sheets 实际完成值 (one row per
/// indicator) and 预算执行 (one row per project) are required, 填报说明 gives the year (or,
/// in a workbook made with --lang en, Actual values, Budget execution, How to fill in);
/// columns are found by their header text in either language, messages name them as the workbook does, rows may come in any order, blank rows are
/// ignored. A cell holds what Excel shows: a number (under a percent format, 0.98 is 98%; under
/// a date format, a date), text (99%, 3,000人次, 达成, 不适用), or a formula's saved result.
/// Throws input_error naming the file, sheet and cell ("实际完成值.xlsx:实际完成值!F17: …").
actual_table read_xlsx_actuals(const std::string& path, std::string data, const rules::scoring_policy& policy,
                               const input_limits& limits);

}  // namespace jixiao::engine
