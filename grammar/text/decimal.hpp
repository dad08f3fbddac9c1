// Decimals as their text reads: half-up rounding on the decimal value (四舍五入),
// cutting, and the printed forms of a figure (7.20, 7.2, 20%).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace jixiao::text {

namespace rounding_detail {

inline constexpr double scales[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

/// |value| × 10^places rounded half up on the decimal value, in whole units.
inline double half_up_units(double value, int places) {
  const double scaled = std::fabs(value) * scales[places];
  // Below 1e18 (|value| < 1e12 at up to 6 places) truncating is flooring, and exact.
  double rounded = static_cast<double>(static_cast<std::int64_t>(scaled));
  // Half up on the decimal value: 2.675 is stored as 2.67499999…, so a fraction
  // within a few units in the last place below one half is the half it reads as.
  const double fraction = scaled - rounded;
  const double window = std::min(1e-6, 16 * std::numeric_limits<double>::epsilon() * std::max(1.0, scaled));
  if (fraction >= 0.5 - window) rounded += 1.0;
  return rounded;
}

/// |value| × 10^places cut toward zero on the decimal value, in whole units: 2.68,
/// stored as 2.67999…, is 268 hundredths, not 267.
inline double down_units(double value, int places) {
  const double scaled = std::fabs(value) * scales[places];
  double units = static_cast<double>(static_cast<std::int64_t>(scaled));
  const double window = std::min(1e-6, 16 * std::numeric_limits<double>::epsilon() * std::max(1.0, scaled));
  if (scaled - units >= 1.0 - window) units += 1.0;
  return units;
}

}  // namespace rounding_detail

/// Rounds half up at `places` decimals as the decimal text reads: 2.675 -> 2.68,
/// although the double nearest 2.675 is 2.67499999…. Defined here, inline: every
/// score and total goes through it, a few times an indicator.
inline double round_half_up(double value, int places = 2) {
  if (!(std::fabs(value) < 1e12) || places < 0 || places > 6) return value;  // NaN and infinities too
  const double result =
      std::copysign(rounding_detail::half_up_units(value, places) / rounding_detail::scales[places], value);
  return result == 0.0 ? 0.0 : result;
}

/// Cuts at `places` decimals as the decimal text reads (some systems truncate): 9.87 -> 9.8 at 1.
inline double round_down(double value, int places = 2) {
  if (!(std::fabs(value) < 1e12) || places < 0 || places > 6) return value;
  const double result =
      std::copysign(rounding_detail::down_units(value, places) / rounding_detail::scales[places], value);
  return result == 0.0 ? 0.0 : result;
}

/// Fixed decimals: format_fixed(7.2) == "7.20".
std::string format_fixed(double value, int places = 2);

/// Points given by hand (a deduction) at a score's precision: 3 -> "3.00" at 2 places,
/// but 2.5 at 0 places stays "2.5", never shown as a figure it is not.
std::string format_points(double value, int places);

/// Shortest plain form, up to 4 decimals: 7.2 -> "7.2", 5 -> "5", 16.666666 -> "16.6667".
std::string format_number(double value);

/// Percent of a ratio, shortest form: 0.2 -> "20%".
std::string format_percent(double ratio);

/// The same texts appended to `out`, for messages built in one string.
void append_fixed(std::string& out, double value, int places = 2);
void append_number(std::string& out, double value);
void append_percent(std::string& out, double ratio);

}  // namespace jixiao::text
