// How the rules round and print figures: the decimal arithmetic of
// grammar/text/decimal.hpp, and the policy's choice between rounding half up
// (四舍五入) and cutting.
#pragma once

#include <cmath>
#include <cstdint>

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

/// The same, tried first on a figure that is whole units of `places` already (a
/// derived weight, the full weight of a met target): both modes give it back as
/// units / 10^places, which this does without their work.
inline double printed_at(double value, int places, rounding_mode mode) {
  if (places >= 0 && places <= 6 && std::fabs(value) < 1e12) {
    const double scale = text::rounding_detail::scales[places];
    const double units = value * scale;
    if (static_cast<double>(static_cast<std::int64_t>(units)) == units) return units / scale + 0.0;  // not -0
  }
  return round_at(value, places, mode);
}

}  // namespace jixiao::rules
