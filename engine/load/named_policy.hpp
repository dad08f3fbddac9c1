// The policies shipped with the engine (national, hubei, …), each a YAML file in
// rules/policies/ compiled into the binary, and how --policy NAME|FILE picks one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/io/limits.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

struct named_policy_text {
  std::string_view name;  // national, hubei
  std::string_view file;  // rules/policies/<name>.yaml, as in the source tree
  std::string_view text;  // the file's text
};

/// Every named policy, national first (generated from rules/policies/*.yaml).
const std::vector<named_policy_text>& named_policy_texts();

/// The named policy called `name`, or null.
const named_policy_text* find_named_policy(std::string_view name);

/// The named policy `name` loaded; throws input_error naming `at` (file:line:column of an
/// `extends`, or empty) when there is none, with the nearest name.
rules::scoring_policy load_named_policy(std::string_view name, int depth = 0);

/// "no policy named 'x'; did you mean 'y'? (named policies: …)".
text::message unknown_policy_message(std::string_view name);

/// Whether `--policy ARG` names a shipped policy rather than a file: a known name wins
/// unless the argument contains '/' or ends with .yaml / .yml.
bool names_a_policy(std::string_view argument);

/// The policy for `--policy ARG`: a named one, or a file loaded over the built-in
/// defaults; `file` is set to the path when it was a file, else cleared.
rules::scoring_policy resolve_policy(const std::string& argument, const input_limits& limits, std::string& file);

}  // namespace jixiao::engine
