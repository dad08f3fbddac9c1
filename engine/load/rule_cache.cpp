#include "engine/load/rule_cache.hpp"

namespace jixiao::engine {

rules::compile_result rule_cache::compile(const std::string& text) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (const auto it = rules_.find(text); it != rules_.end()) return {it->second, std::nullopt};
  }
  // Deadlines written without a year keep it open; scoring applies the table's year.
  rules::compile_result result = rules::compile_target(text, synonyms_, std::nullopt);
  if (result.rule) {
    std::lock_guard<std::mutex> lock(mutex_);
    rules_.emplace(text, result.rule);
  }
  return result;
}

std::size_t rule_cache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return rules_.size();
}

}  // namespace jixiao::engine
