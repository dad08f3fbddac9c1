#include "engine/score/score_files.hpp"

#include <memory>
#include <string>

#include "engine/import/actuals_file.hpp"
#include "engine/load/load.hpp"
#include "engine/load/load_review.hpp"
#include "engine/score/apply_review.hpp"
#include "engine/score/scorer.hpp"
#include "engine/io/sha256.hpp"

namespace jixiao::engine {

namespace {

// A file read, hashed from the bytes that were parsed (not read a second time: the
// report names exactly what it was computed from, even if the file changes
// meanwhile) and loaded; its document is dropped as soon as the table is loaded.
template <typename Table, typename Load>
std::shared_ptr<const Table> load_hashed(const std::string& path, const input_limits& limits, std::string& sha256,
                                         Load load) {
  const yaml_document doc = yaml_document::load(path, limits);
  sha256 = sha256_hex(doc.text());
  return std::make_shared<const Table>(load(doc));
}

}  // namespace

report score_department_files(const department_files& files, std::shared_ptr<const rules::scoring_policy> shared_policy,
                              const input_limits& limits, rule_cache* cache) {
  const rules::scoring_policy& policy = *shared_policy;
  std::string targets_sha;
  std::string actuals_sha;
  auto targets = load_hashed<target_table>(files.targets, limits, targets_sha,
                                           [&](const yaml_document& doc) { return load_targets(doc, policy, cache); });
  auto actuals = std::make_shared<const actual_table>(load_actuals_file(files.actuals, policy, limits, &actuals_sha));
  report r = score_department(std::move(targets), std::move(actuals), std::move(shared_policy));
  r.version = JIXIAO_VERSION;
  r.policy = r.scoring_policy->source;
  r.inputs.push_back({"targets", files.targets, targets_sha});
  r.inputs.push_back({"actuals", files.actuals, actuals_sha});
  if (!files.policy.empty()) r.inputs.push_back({"policy", files.policy, sha256_of_file(files.policy)});
  if (!files.review.empty()) {
    std::string review_sha;
    auto review = load_hashed<review_table>(files.review, limits, review_sha, load_review);
    apply_review(r, std::move(review));
    r.inputs.push_back({"review", files.review, review_sha});
  }
  return r;
}

}  // namespace jixiao::engine
