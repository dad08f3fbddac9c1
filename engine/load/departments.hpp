// The departments of a province: a folder of department folders, or a manifest.
#pragma once

#include <string>
#include <vector>

namespace jixiao::engine {

struct department_input {
  std::string name;
  std::string targets;
  std::string actuals;
  std::string review;  // a review file (复核), or empty
};

/// The departments of a directory (each subfolder with targets.yaml and
/// actuals.yaml, in name order) or of a manifest YAML (`departments:` a list of
/// {name, targets, actuals}, paths relative to the manifest). Throws input_error.
std::vector<department_input> find_departments(const std::string& path);

}  // namespace jixiao::engine
