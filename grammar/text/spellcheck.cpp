#include "grammar/text/spellcheck.hpp"

#include <algorithm>
#include <numeric>

#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {
std::wstring wide(const std::string& s) {
  auto decoded = grammar::decode_utf8(s);
  return decoded ? *decoded : std::wstring(s.begin(), s.end());
}
}  // namespace

std::size_t edit_distance(const std::string& a, const std::string& b) {
  const std::wstring x = wide(a);
  const std::wstring y = wide(b);
  std::vector<std::size_t> row(y.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::size_t comparison_cost(std::size_t length_a, std::size_t length_b) {
  return (length_a + 1) * (length_b + 1) + 16;  // the table, and the decoding of both
}

std::optional<std::string> nearest_name(const std::string& word, const std::vector<std::string>& candidates,
                                        std::size_t* budget) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  const std::size_t length = grammar::code_point_count(word);
  // Close enough: at most a third of the word's characters differ (at least one).
  const std::size_t close = std::max<std::size_t>(1, (length + 2) / 3);
  for (const auto& candidate : candidates) {
    const std::size_t other = grammar::code_point_count(candidate);
    if (budget) {
      const std::size_t cost = comparison_cost(length, other);
      if (*budget < cost) {
        *budget = 0;
        return std::nullopt;
      }
      *budget -= cost;
    }
    // The distance is at least the difference in length: skip what cannot be close.
    if (std::max(length, other) - std::min(length, other) > close) continue;
    const std::size_t d = edit_distance(word, candidate);
    if (!best || d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  if (best && best_distance <= close) return best;
  return std::nullopt;
}

}  // namespace jixiao::engine
