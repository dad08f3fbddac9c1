// The province summary: what is kept of each scored department while the
// departments' reports stream out, and the totals across them.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "engine/model/report.hpp"

namespace jixiao::engine {

/// A project among the lowest-scoring ones of the province.
struct ranked_project {
  double total = 0;
  std::string department;
  std::string id;
  std::string name;
  std::string grade;
};

/// One department's line in the province summary.
struct department_line {
  std::string name;
  bool ok = false;
  std::size_t projects = 0;
  std::vector<std::pair<std::string, int>> grades;
  double mean = 0;
  double budget = 0;
  std::string error;  // when not ok
};

/// What the province summary takes from one department: a few numbers, made by
/// the worker that scored it.
struct department_digest {
  department_line line;
  std::vector<std::pair<double, double>> totals;  // each project's total and budget, in report order
  bool reviewed = false;                          // a review file (复核) came with the department
  std::vector<std::pair<std::string, int>> reviewed_grades;  // reviewed grades (the self ones when not reviewed)
  std::vector<double> reviewed_totals;            // each project's reviewed total, in report order
  std::vector<ranked_project> lowest;             // the department's lowest, ascending, at most the count asked
  std::map<std::string, int, std::less<>> findings_by_kind;
};

/// The digest of a scored department, keeping its `lowest_count` lowest projects.
department_digest digest_of(const std::string& name, const report& r, std::size_t lowest_count);

/// The digest of a department that could not be scored.
department_digest failed_digest(const std::string& name, const std::string& error);

/// What is kept across departments while their reports stream out.
struct province_summary {
  std::vector<department_line> departments;
  std::vector<std::pair<std::string, int>> grades = rules::zero_grade_counts();
  double weighted_sum = 0;  // Σ total × budget, unrounded
  double budget_total = 0;
  double mean = 0;          // rounded when finished
  // The second-level review (复核) across departments: a department without one counts
  // with its self-evaluated figures.
  std::size_t reviewed_departments = 0;
  std::vector<std::pair<std::string, int>> reviewed_grades = rules::zero_grade_counts();
  double reviewed_weighted_sum = 0;
  double reviewed_mean = 0;
  std::vector<ranked_project> lowest;  // ascending by total, at most `lowest_count`
  std::size_t lowest_count = 10;
  std::map<std::string, int, std::less<>> findings_by_kind;
  std::size_t failed = 0;
  int places = 2;  // the policy's score_decimals and rounding, for the mean and the printed totals
  rules::rounding_mode rounding = rules::rounding_mode::half_up;

  /// Takes the policy's precision and rounding; no grades when it gives none.
  void use_policy(const rules::scoring_policy& policy);
  /// Takes in one department's digest; departments are added in report order.
  void add(const department_digest& department);
  /// Rounds the means once every department is in.
  void finish();
};

}  // namespace jixiao::engine
