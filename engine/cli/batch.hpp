// Batch scoring of a province: many departments, each a targets and an actuals
// file, scored in parallel and reported in order, with a summary across all.
#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/io/limits.hpp"
#include "engine/load/departments.hpp"
#include "engine/report/formats.hpp"
#include "engine/score/province.hpp"

namespace jixiao::engine {

struct batch_options {
  report_format format = report_format::table;
  int jobs = 1;
  bool fail_fast = false;
  bool progress = false;  // a progress bar on standard error
  std::size_t lowest = 10;
  std::string policy_path;  // empty: built-in
  input_limits limits;      // applied to every file read
};

/// Scores every department and writes the province report to `out` as the
/// departments finish, in order. Returns the number of departments that failed.
std::size_t score_province(const std::vector<department_input>& departments, const batch_options& options,
                           std::ostream& out, std::ostream& err);

}  // namespace jixiao::engine
