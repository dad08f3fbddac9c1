// A department's target table as a spreadsheet keeps it (序号, 项目名称, 项目概况,
// 本年预算金额, 年度绩效目标, 指标名称, 运算符, 单位, 年度目标值) -> the targets YAML
// (SCORING.md section 1). Any reader (CSV now, a workbook later) feeds it a cell_table.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::engine {

/// Where a cell was read, for messages: 1-based line (or sheet row) and column (field number).
struct cell_position {
  int line = 0;
  int column = 0;
};

/// A sheet as rows of cells in UTF-8, with each cell's place; `positions` has the shape of `rows`.
struct cell_table {
  std::string path;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<cell_position>> positions;
};

/// What the sheet does not say: the department and the year (left out when not given).
struct import_options {
  std::string department;
  std::optional<int> year;
};

/// The targets YAML for a sheet. Columns are found by their header (spaces and a
/// parenthesised remark such as （万元） ignored); a project's own cells are given on
/// its first row; target = the non-blank cells of 运算符, 单位, 年度目标值 joined by one
/// space. Throws input_error naming the cell for a missing column, an indicator with
/// no project, a bad budget or a target that does not parse.
std::string import_targets(const cell_table& table, const import_options& options);

}  // namespace jixiao::engine
