#include "grammar/text/decimal.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

namespace jixiao::text {

using rounding_detail::half_up_units;
using rounding_detail::scales;

namespace {

// Room for any double in fixed notation: 309 integer digits, a sign, a point and
// up to 6 decimals.
constexpr std::size_t fixed_room = 328;

// Writes `value` rounded half up to `places` decimals into [first, first + fixed_room).
char* write_fixed(char* first, double value, int places) {
  // Below 1e10 and to at most 4 places, the double nearest units / 10^places prints
  // as exactly those units (the binary error is far below half a last digit), so the
  // digits are the units' own: written directly, without formatting a double.
  if (std::isfinite(value) && std::fabs(value) < 1e10 && places >= 0 && places <= 4) {
    const auto units = static_cast<std::uint64_t>(half_up_units(value, places));
    const auto scale = static_cast<std::uint64_t>(scales[places]);
    char* end = first;
    if (value < 0 && units != 0) *end++ = '-';
    end = std::to_chars(end, first + fixed_room, units / scale).ptr;
    if (places > 0) {
      *end++ = '.';
      std::uint64_t fraction = units % scale;
      for (int digit = places - 1; digit >= 0; --digit) {
        end[digit] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
      }
      end += places;
    }
    return end;
  }
  const auto result = std::to_chars(first, first + fixed_room, round_half_up(value, places), std::chars_format::fixed, places);
  return result.ec == std::errc() ? result.ptr : first;
}

// format_number's text: fixed to 4 places, then without trailing zeros, and "-0" as "0".
std::string_view number_text(char* buffer, double value) {
  char* end = write_fixed(buffer, value, 4);
  if (std::find(buffer, end, '.') != end) {
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
  }
  std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  return text == "-0" ? std::string_view("0") : text;
}

}  // namespace

void append_fixed(std::string& out, double value, int places) {
  char text[fixed_room];
  out.append(text, write_fixed(text, value, places));
}

void append_number(std::string& out, double value) {
  char text[fixed_room];
  out.append(number_text(text, value));
}

void append_percent(std::string& out, double ratio) {
  append_number(out, ratio * 100.0);
  out += '%';
}

std::string format_fixed(double value, int places) {
  std::string out;
  append_fixed(out, value, places);
  return out;
}

std::string format_points(double value, int places) {
  return round_half_up(value, places) == value ? format_fixed(value, places) : format_number(value);
}

std::string format_number(double value) {
  char text[fixed_room];
  return std::string(number_text(text, value));
}

std::string format_percent(double ratio) {
  std::string out;
  append_percent(out, ratio);
  return out;
}

}  // namespace jixiao::text
