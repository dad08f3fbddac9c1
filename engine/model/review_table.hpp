// A second-level review file (复核, SCORING.md section 9): the reviewer and, per
// project, deductions on indicators or on the project as a whole, each with its place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/model/model.hpp"

namespace jixiao::engine {

struct review_deduction {
  double points = 0;
  std::string reason;
  source_mark mark;  // of the deduct value
};

struct indicator_review {
  std::string name;
  review_deduction deduction;
  source_mark mark;  // of the name
};

struct project_review {
  std::string id;
  std::optional<review_deduction> deduction;  // on the project total
  std::vector<indicator_review> indicators;
  source_mark mark;
};

struct review_table {
  std::string path;
  std::string reviewer;  // 复核单位
  std::optional<int> year;
  std::vector<project_review> projects;
};

}  // namespace jixiao::engine
