#include "engine/load/named_policy.hpp"

#include <filesystem>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "grammar/text/spellcheck.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

bool ends_with(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

std::string known_names() {
  std::string names;
  for (const auto& policy : named_policy_texts()) names += (names.empty() ? "" : ", ") + std::string(policy.name);
  return names;
}

std::optional<std::string> nearest_policy(std::string_view name) {
  std::vector<std::string> names;
  for (const auto& policy : named_policy_texts()) names.emplace_back(policy.name);
  return nearest_name(std::string(name), names);
}

// Neither a named policy nor a file.
text::message unknown_policy_file_message(std::string_view name) {
  if (const auto near = nearest_policy(name)) {
    return text::message(N_("no policy named '{1}'; did you mean '{2}'? (named policies: {3}) and no such file"), name, *near,
                         known_names());
  }
  return text::message(N_("no policy named '{1}' (named policies: {2}) and no such file"), name, known_names());
}

}  // namespace

text::message unknown_policy_message(std::string_view name) {
  if (const auto near = nearest_policy(name)) {
    return text::message(N_("no policy named '{1}'; did you mean '{2}'? (named policies: {3})"), name, *near, known_names());
  }
  return text::message(N_("no policy named '{1}' (named policies: {2})"), name, known_names());
}

const named_policy_text* find_named_policy(std::string_view name) {
  for (const auto& policy : named_policy_texts()) {
    if (policy.name == name) return &policy;
  }
  return nullptr;
}

rules::scoring_policy load_named_policy(std::string_view name, int depth) {
  const named_policy_text* named = find_named_policy(name);
  if (named == nullptr) throw input_error("--policy", 0, 0, "", unknown_policy_message(name));
  rules::scoring_policy policy =
      load_policy(yaml_document::parse(std::string(named->text), std::string(named->file)), depth);
  policy.source = std::string(name);
  return policy;
}

bool names_a_policy(std::string_view argument) {
  if (argument.find('/') != std::string_view::npos || ends_with(argument, ".yaml") || ends_with(argument, ".yml")) {
    return false;
  }
  return find_named_policy(argument) != nullptr;
}

rules::scoring_policy resolve_policy(const std::string& argument, const input_limits& limits, std::string& file) {
  file.clear();
  if (names_a_policy(argument)) return load_named_policy(argument);
  if (argument.find('/') == std::string::npos && !ends_with(argument, ".yaml") && !ends_with(argument, ".yml") &&
      !std::filesystem::exists(argument)) {
    throw input_error("--policy", 0, 0, "", unknown_policy_file_message(argument));
  }
  file = argument;
  return load_policy(yaml_document::load(argument, limits));
}

}  // namespace jixiao::engine
