#include "rules/rounding.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

namespace jixiao::rules {

double round_half_up(double value, int places) {
  if (!std::isfinite(value) || std::fabs(value) >= 1e12 || places < 0 || places > 6) return value;
  static constexpr double scales[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
  const double scaled = std::fabs(value) * scales[places];
  double rounded = std::floor(scaled);
  // Half up on the decimal value: 2.675 is stored as 2.67499999…, so a fraction
  // within a few units in the last place below one half is the half it reads as.
  const double fraction = scaled - rounded;
  const double window = std::fmin(1e-6, 16 * std::numeric_limits<double>::epsilon() * std::fmax(1.0, scaled));
  if (fraction >= 0.5 - window) rounded += 1.0;
  const double result = std::copysign(rounded / scales[places], value);
  return result == 0.0 ? 0.0 : result;
}

std::string format_fixed(double value, int places) {
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, round_half_up(value, places), std::chars_format::fixed, places);
  return std::string(text, result.ptr);
}

std::string format_number(double value) {
  std::string text = format_fixed(value, 4);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

std::string format_percent(double ratio) { return format_number(ratio * 100.0) + "%"; }

}  // namespace jixiao::rules
