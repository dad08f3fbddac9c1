// The scored report: data only. Writers format it; they never compute.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/score.hpp"

namespace jixiao::engine {

enum class severity { error, warning, note };

/// A finding as reported: where it is and what to look at.
struct finding_entry {
  severity level = severity::warning;
  std::string project;    // project id, or empty
  std::string indicator;  // indicator name, or empty
  std::string kind;       // stable code: missing_actual, over_achievement, …
  std::string message;
  std::string file;  // file name, or empty
  int line = 0;
  int column = 0;
};

struct indicator_entry {
  std::string name;
  std::string category;  // e.g. 产出/数量
  bool category_inferred = false;
  std::string target;  // as written
  std::string actual;  // as written, empty when missing
  double weight = 0;   // unrounded
  double score = 0;    // rounded to 2 decimals
  rules::indicator_status status = rules::indicator_status::missing;
  std::string explain;  // "8 × 45 / 50 = 7.20"
  std::string note;     // the actual's note (偏差原因)
};

struct project_entry {
  std::string id;
  std::string name;
  std::string goal;     // 年度绩效目标
  std::string summary;  // actual completion, from the actuals
  double budget = 0;    // the budget used: the actuals' adjusted budget, else the table's
  std::optional<double> spent;
  std::optional<double> execution_rate;  // percent, rounded to 2 decimals
  double budget_weight = 0;
  double budget_score = 0;  // rounded
  std::string budget_explain;
  double total = 0;  // rounded; the sum of the rounded scores (rescaled where N/A)
  std::string total_explain;
  std::string grade;  // 优 / 良 / 中 / 差
  std::vector<indicator_entry> indicators;
};

struct input_file {
  std::string role;  // targets, actuals, policy
  std::string path;
  std::string sha256;
};

struct report {
  std::string version;
  std::string policy;  // "built-in" or the policy file's path
  std::vector<input_file> inputs;
  std::string department;
  int year = 0;
  std::vector<project_entry> projects;
  std::vector<std::pair<std::string, int>> grade_counts;  // 优 良 中 差, in that order
  double mean = 0;  // budget-weighted mean of the totals, rounded
  double budget_total = 0;
  std::vector<finding_entry> findings;
};

const char* severity_name(severity level);  // error / warning / note

}  // namespace jixiao::engine
