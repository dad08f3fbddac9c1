// "Did you mean": the nearest of a list of names, by edit distance in code points.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::engine {

/// The candidate nearest to `word`, when it is close enough to be a likely typo.
std::optional<std::string> nearest_name(const std::string& word, const std::vector<std::string>& candidates);

/// Edit distance between two UTF-8 strings, counted in code points.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace jixiao::engine
