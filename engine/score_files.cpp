#include "engine/score_files.hpp"

#include <memory>

#include "engine/load.hpp"
#include "engine/scorer.hpp"
#include "engine/sha256.hpp"

namespace jixiao::engine {

report score_department_files(const department_files& files, std::shared_ptr<const rules::scoring_policy> shared_policy,
                              const input_limits& limits, rule_cache* cache) {
  const rules::scoring_policy& policy = *shared_policy;
  // Each input is hashed from the bytes that were parsed, not read a second time:
  // the report names exactly what it was computed from, even if a file changes meanwhile.
  // Each document is dropped as soon as its table is loaded.
  std::string targets_sha;
  std::string actuals_sha;
  auto targets = std::make_shared<const target_table>([&] {
    const yaml_document doc = yaml_document::load(files.targets, limits);
    targets_sha = sha256_hex(doc.text());
    return load_targets(doc, policy, cache);
  }());
  auto actuals = std::make_shared<const actual_table>([&] {
    const yaml_document doc = yaml_document::load(files.actuals, limits);
    actuals_sha = sha256_hex(doc.text());
    return load_actuals(doc, policy);
  }());
  report r = score_department(std::move(targets), std::move(actuals), std::move(shared_policy));
  r.version = JIXIAO_VERSION;
  r.policy = r.scoring_policy->source;
  r.inputs.push_back({"targets", files.targets, targets_sha});
  r.inputs.push_back({"actuals", files.actuals, actuals_sha});
  if (!files.policy.empty()) r.inputs.push_back({"policy", files.policy, sha256_of_file(files.policy)});
  return r;
}

}  // namespace jixiao::engine
