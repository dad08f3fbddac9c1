// The collection workbook (实际完成值.xlsx): what the offices fill in at year end and
// `jixiao score` reads back (engine/import/xlsx_actuals).
#pragma once

#include <string>

#include "engine/model/model.hpp"

namespace jixiao::engine {

/// Writes at `path` (whole or not at all), in the reader's language (sheet names, headers,
/// guide and input messages; the grades and units stay the input's words), a workbook of three sheets: 填报说明 (how to
/// fill it in, the year), 实际完成值 (one row per indicator in table order: the targets
/// locked and shaded, the value, note, planned value, ratio and cause open, with a
/// drop-down of grades (the three tiers, 不适用, the five levels) for qualitative targets, an input message with the target and
/// unit, a date check for deadlines) and 预算执行 (one row per project: budget locked,
/// adjusted budget and spent open, numbers of 0 or more). Sheets are protected without
/// a password; empty required cells show yellow; headers frozen; A4 landscape.
/// A project id or indicator name given twice appears once, as the scorer reads it.
/// Throws output_error.
void write_collection_xlsx(const target_table& targets, const std::string& path);

/// The workbook's file name to offer, in the reader's language ("实际完成值.xlsx").
std::string collection_file_name();

}  // namespace jixiao::engine
