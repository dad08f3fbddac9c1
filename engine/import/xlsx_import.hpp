// The target table from an .xlsx workbook, for the same import as the CSV one
// (engine/table_import): the first worksheet as rows of cell texts.
#pragma once

#include <string>

#include "engine/import/table_import.hpp"

namespace jixiao::engine {

/// The first worksheet of the workbook at `path` as import_targets reads a CSV: every row up
/// to the last with a value, each cell as Excel shows it without grouping (24, 23.6, 98% under
/// a percent format, 2023-11-30 under a date format, TRUE), a merged range's value on its first
/// cell only (a project's own columns merged down its indicator rows read as given on its first
/// row). Places are the sheet's row and column numbers. Throws input_error.
cell_table read_xlsx_table(const std::string& path);

/// True for a path ending in ".xlsx" (any case): the import reads it as a workbook, not as CSV.
bool is_xlsx_path(const std::string& path);

/// Excel's display of a number under a number format, as read_xlsx_table gives it.
std::string xlsx_number_text(double value, int number_format_id, const std::string& number_format);

}  // namespace jixiao::engine
