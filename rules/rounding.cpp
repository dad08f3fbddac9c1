#include "rules/rounding.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

namespace jixiao::rules {

using rounding_detail::half_up_units;
using rounding_detail::scales;

std::string format_fixed(double value, int places) {
  // Below 1e10 and to at most 4 places, the double nearest units / 10^places prints
  // as exactly those units (the binary error is far below half a last digit), so the
  // digits are the units' own: written directly, without formatting a double.
  if (std::isfinite(value) && std::fabs(value) < 1e10 && places >= 0 && places <= 4) {
    const auto units = static_cast<std::uint64_t>(half_up_units(value, places));
    const auto scale = static_cast<std::uint64_t>(scales[places]);
    char text[32];
    char* end = text;
    if (value < 0 && units != 0) *end++ = '-';
    end = std::to_chars(end, text + sizeof text, units / scale).ptr;
    if (places > 0) {
      *end++ = '.';
      std::uint64_t fraction = units % scale;
      for (int digit = places - 1; digit >= 0; --digit) {
        end[digit] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
      }
      end += places;
    }
    return std::string(text, end);
  }
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
