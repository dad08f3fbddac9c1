// A policy written out in full as YAML (jixiao policy show): every value, so that
// the text loads back to the same policy.
#pragma once

#include <string>

#include "rules/policy.hpp"

namespace jixiao::engine {

/// The policy as a policy file; `source` goes in a comment on the first line.
std::string write_policy_yaml(const rules::scoring_policy& policy);

}  // namespace jixiao::engine
