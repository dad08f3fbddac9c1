// "Did you mean": the nearest of a list of names, by edit distance in code points.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::engine {

/// The work comparing names may do for one file or department, in pairs of
/// characters compared (about a tenth of a second): plenty for thousands of names,
/// while 100,000 unknown names (an attack, or the wrong file) cannot take minutes.
constexpr std::size_t comparison_budget = 100'000'000;

/// What comparing `a` with `b` costs from a comparison budget.
std::size_t comparison_cost(std::size_t length_a, std::size_t length_b);

/// The candidate nearest to `word`, when it is close enough to be a likely typo.
/// With `budget`, each candidate spends comparison_cost from it; once it is spent,
/// nothing more is suggested (nullopt).
std::optional<std::string> nearest_name(const std::string& word, const std::vector<std::string>& candidates,
                                        std::size_t* budget = nullptr);

/// Edit distance between two UTF-8 strings, counted in code points.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace jixiao::engine
