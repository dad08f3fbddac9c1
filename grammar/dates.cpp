#include "grammar/dates.hpp"

#include <cstdio>
#include <vector>

namespace jixiao::grammar {

ast::date date_from_text(std::wstring_view text) {
  std::vector<int> groups;
  std::vector<std::size_t> group_digits;
  int current = -1;
  std::size_t digits = 0;
  for (wchar_t c : text) {
    if (c >= L'0' && c <= L'9') {
      current = (current < 0 ? 0 : current * 10) + (c - L'0');
      ++digits;
    } else if (current >= 0) {
      groups.push_back(current);
      group_digits.push_back(digits);
      current = -1;
      digits = 0;
    }
  }
  if (current >= 0) {
    groups.push_back(current);
    group_digits.push_back(digits);
  }
  const bool month_end = text.find(L'底') != std::wstring_view::npos || text.find(L'末') != std::wstring_view::npos;
  const bool has_month_mark = text.find(L'月') != std::wstring_view::npos;

  ast::date d;
  std::size_t next = 0;
  if (!groups.empty() && group_digits[0] == 4) d.year = groups[next++];
  if (next < groups.size() && (has_month_mark || !month_end)) d.month = groups[next++];
  else d.month = 12;  // 2023年底, 年底
  d.day = next < groups.size() ? groups[next] : 0;
  if (month_end) d.day = 0;
  return d;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

long days_from_civil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil.
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(month + (month > 2 ? -3 : 9)) + 2) / 5 +
                       static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string format_date(int year, int month, int day) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace jixiao::grammar
