// How the rules round and print figures: the decimal arithmetic of
// grammar/text/decimal.hpp, and the policy's choice between rounding half up
// (四舍五入) and cutting.
#pragma once

#include "grammar/text/decimal.hpp"

namespace jixiao::rules {

using text::append_fixed;
using text::append_number;
using text::append_percent;
using text::format_fixed;
using text::format_number;
using text::format_percent;
using text::format_points;
using text::round_down;
using text::round_half_up;

/// How a printed figure is made from a computed one: 四舍五入, or cut.
enum class rounding_mode { half_up, down };

inline double round_at(double value, int places, rounding_mode mode) {
  return mode == rounding_mode::down ? round_down(value, places) : round_half_up(value, places);
}

}  // namespace jixiao::rules
