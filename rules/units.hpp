// Units: folding of written forms and synonyms (名 = 人) from the policy, and the
// magnitude (万, 亿) a unit may start with (SCORING.md section 3, Units).
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace jixiao::rules {

/// Word -> the unit it stands for.
using unit_synonyms = std::map<std::string, std::string, std::less<>>;

/// The normalised unit: full-width folded (％ -> %), then mapped through `synonyms`,
/// as a whole or, after a magnitude, its base (万名 -> 万人).
std::string normalise_unit(std::string_view written, const unit_synonyms& synonyms);

/// A unit as its magnitude and its base: 万株 is 10^4 株, 亿元 10^8 元, 万元/年 10^4 元/年,
/// a bare 万 10^4 of no base, 株 1 株. Views into the unit given.
struct unit_parts {
  double factor = 1;
  std::string_view magnitude;  // 万, 亿, 百万 …; empty for none
  std::string_view base;       // empty for a bare magnitude
};

unit_parts split_magnitude(std::string_view unit);

/// True for a unit that is a magnitude alone (万, 亿): 万 of what?
bool is_bare_magnitude(std::string_view unit);

}  // namespace jixiao::rules
