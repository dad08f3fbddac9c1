// Target expressions parsed once per run: a province repeats `≥ % 98` tens of
// thousands of times. Rules are immutable, so one rule serves every department
// and thread.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

#include "rules/rule.hpp"

namespace jixiao::engine {

class rule_cache {
 public:
  explicit rule_cache(rules::unit_synonyms synonyms) : synonyms_(std::move(synonyms)) {}

  /// The compiled rule for `text`, compiling it on first use; a syntax error is
  /// returned every time (errors are not cached).
  rules::compile_result compile(const std::string& text);

  std::size_t size() const;

 private:
  rules::unit_synonyms synonyms_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, rules::rule_ptr> rules_;
};

}  // namespace jixiao::engine
