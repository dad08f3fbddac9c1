// Loading the three input files into the engine's structures. Every error is an
// input_error naming the file, line, column and field.
#pragma once

#include <string>

#include "engine/model/model.hpp"
#include "engine/load/rule_cache.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

/// Reads a targets file; every target expression is compiled into a rule
/// (identical expressions share one rule).
/// `cache` shares compiled rules across files and threads (one per run); without it
/// the file gets a cache of its own.
target_table load_targets(const yaml_document& doc, const rules::scoring_policy& policy, rule_cache* cache = nullptr);

/// Reads an actuals file; values are checked as read (a ratio outside its tier is an error).
actual_table load_actuals(const yaml_document& doc, const rules::scoring_policy& policy);

/// Why a ratio inside a grade's tier is not inside it ("the ratio 0.9 is outside the tier
/// 部分达成 [0.6, 0.8)"); empty when it is.
text::message ratio_outside_tier(double ratio, rules::grade_tier tier, const rules::scoring_policy& policy);

/// Reads a policy file over the built-in defaults; rejects a self-contradicting policy.
/// `extends: NAME` starts from a named policy instead; `depth` counts the extends
/// followed so far.
rules::scoring_policy load_policy(const yaml_document& doc, int depth = 0);

}  // namespace jixiao::engine
