// Half-up rounding on the decimal value (四舍五入) and number formatting.
#pragma once

#include <string>

namespace jixiao::rules {

/// Rounds half up at `places` decimals as the decimal text reads: 2.675 -> 2.68,
/// although the double nearest 2.675 is 2.67499999….
double round_half_up(double value, int places = 2);

/// Fixed decimals: format_fixed(7.2) == "7.20".
std::string format_fixed(double value, int places = 2);

/// Shortest plain form, up to 4 decimals: 7.2 -> "7.2", 5 -> "5", 16.666666 -> "16.6667".
std::string format_number(double value);

/// Percent of a ratio, shortest form: 0.2 -> "20%".
std::string format_percent(double ratio);

}  // namespace jixiao::rules
