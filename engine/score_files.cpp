#include "engine/score_files.hpp"

#include "engine/load.hpp"
#include "engine/scorer.hpp"
#include "engine/sha256.hpp"

namespace jixiao::engine {

report score_department_files(const department_files& files, const rules::scoring_policy& policy,
                              const input_limits& limits, rule_cache* cache) {
  const target_table targets = load_targets(yaml_document::load(files.targets, limits), policy, cache);
  const actual_table actuals = load_actuals(yaml_document::load(files.actuals, limits), policy);
  report r = score_department(targets, actuals, policy);
  r.version = JIXIAO_VERSION;
  r.policy = policy.source;
  r.inputs.push_back({"targets", files.targets, sha256_of_file(files.targets)});
  r.inputs.push_back({"actuals", files.actuals, sha256_of_file(files.actuals)});
  if (!files.policy.empty()) r.inputs.push_back({"policy", files.policy, sha256_of_file(files.policy)});
  return r;
}

}  // namespace jixiao::engine
