#include "rules/units.hpp"

#include <array>
#include <utility>

#include "grammar/text/text.hpp"

namespace jixiao::rules {

namespace {

// Longest first: 万亿 before 万.
constexpr std::array<std::pair<std::string_view, double>, 6> magnitudes = {{
    {"万亿", 1e12}, {"十万", 1e5}, {"百万", 1e6}, {"千万", 1e7}, {"万", 1e4}, {"亿", 1e8}}};

}  // namespace

unit_parts split_magnitude(std::string_view unit) {
  for (const auto& [word, factor] : magnitudes) {
    if (unit.substr(0, word.size()) == word) return {factor, unit.substr(0, word.size()), unit.substr(word.size())};
  }
  return {1, {}, unit};
}

bool is_bare_magnitude(std::string_view unit) {
  const unit_parts parts = split_magnitude(unit);
  return !parts.magnitude.empty() && parts.base.empty();
}

std::string normalise_unit(std::string_view written, const unit_synonyms& synonyms) {
  std::string unit = written.empty() ? std::string() : [&] {
    const auto decoded = grammar::decode_utf8(written);
    return decoded ? grammar::encode_utf8(grammar::fold_width(*decoded)) : std::string(written);
  }();
  if (const auto it = synonyms.find(unit); it != synonyms.end()) return it->second;
  const unit_parts parts = split_magnitude(unit);
  if (!parts.magnitude.empty() && !parts.base.empty()) {
    if (const auto it = synonyms.find(parts.base); it != synonyms.end()) return std::string(parts.magnitude) + it->second;
  }
  return unit;
}

}  // namespace jixiao::rules
