// One department from its files: load, score, and record what the report was
// computed from (version, policy, each input's SHA-256).
#pragma once

#include <memory>
#include <string>

#include "engine/io/limits.hpp"
#include "engine/model/report.hpp"
#include "engine/load/rule_cache.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

struct department_files {
  std::string targets;
  std::string actuals;
  std::string policy;  // the policy file's path, empty for the built-in policy
  std::string review;  // the review file (复核), or empty
};

/// Throws input_error for a file that cannot be read or is wrong. The report keeps
/// the policy (shared by every department of a province).
report score_department_files(const department_files& files, std::shared_ptr<const rules::scoring_policy> policy,
                              const input_limits& limits, rule_cache* cache = nullptr);

}  // namespace jixiao::engine
