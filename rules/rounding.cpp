#include "rules/rounding.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace jixiao::rules {

double round_half_up(double value, int places) {
  if (!std::isfinite(value) || std::fabs(value) >= 1e12 || places < 0 || places > 6) return value;
  // Round the decimal text, printed to 12 places, so that 2.675 (stored as
  // 2.67499999…) reads as the 2.675 the user sees and rounds up.
  char text[64];
  std::snprintf(text, sizeof text, "%.12f", std::fabs(value));
  const std::string digits(text);
  const std::size_t point = digits.find('.');
  const std::string kept = digits.substr(0, point) + digits.substr(point + 1, static_cast<std::size_t>(places));
  long long units = std::stoll(kept);
  if (digits[point + 1 + static_cast<std::size_t>(places)] >= '5') ++units;
  const double result = std::copysign(static_cast<double>(units) / std::pow(10.0, places), value);
  return result == 0.0 ? 0.0 : result;
}

std::string format_fixed(double value, int places) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", places, round_half_up(value, places));
  return text;
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
