// The engine's own structures for the three input files (SCORING.md section 1),
// each value with the place it was read from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/actual.hpp"
#include "rules/rule.hpp"

namespace jixiao::engine {

/// 1-based line and column; the column counts code points. In a workbook: the
/// sheet (a name with static storage), its 1-based row as the line and column number.
struct source_mark {
  int line = 0;
  int column = 0;
  const char* sheet = nullptr;
};

/// "实际完成值!F17": a cell of a workbook's sheet by its 1-based row and column; "实际完成值!F" for row 0.
std::string cell_place(const std::string& sheet, int row, int column);

struct indicator_target {
  std::string name;         // 指标名称
  std::string target_text;  // the expression as written
  rules::rule_ptr rule;
  std::optional<std::string> category;  // as given in the file
  std::optional<double> weight;
  // Resolved by the loader with its policy: the category given, or inferred from the
  // name when none is (then with a note in the report), and its first level's
  // place in the policy's first_level (-1: none).
  std::string scored_category;
  int first_level = -1;
  bool is_cost = false;  // 产出/成本, which the national method expects among the outputs
  bool repeated = false;  // the name was given earlier in the project: reported, not scored
  source_mark name_mark;
  source_mark target_mark;
};

struct project_target {
  std::string id;    // 序号
  std::string name;  // 项目名称
  double budget = 0; // 本年预算金额, 万元
  std::optional<std::string> overview;  // 项目概况
  std::optional<std::string> goal;      // 年度绩效目标
  std::vector<indicator_target> indicators;
  source_mark mark;
  bool repeated = false;  // the id was given to an earlier project: reported, not scored
};

struct target_table {
  std::string path;
  std::string department;
  int year = 0;
  std::vector<project_target> projects;
  // The indicators given without a category, counted as they are loaded: the scorer
  // reserves a note (category_inferred) for each rather than count them again.
  std::size_t inferred_categories = 0;
};

struct indicator_actual {
  std::string name;
  rules::actual_value value;
  source_mark mark;
  source_mark name_mark;  // where the name was given when apart from the value (a workbook's 指标名称 cell)
  bool left_empty = false;  // written with no value: missing, but its name is still checked
  source_mark deduct_mark;  // where a deduction (评价扣分) was given
};

struct project_actual {
  std::string id;
  std::optional<double> spent;   // 全年执行数, 万元
  std::optional<double> budget;  // 全年预算数 where adjusted during the year
  std::optional<std::string> summary;  // actual completion, free text
  std::vector<indicator_actual> indicators;
  source_mark mark;
  source_mark spent_mark;  // also where spent was to be given, when a workbook's cell for it is empty
};

struct actual_table {
  std::string path;
  std::optional<int> year;
  std::vector<project_actual> projects;
};

}  // namespace jixiao::engine
