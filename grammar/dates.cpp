#include "grammar/dates.hpp"

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

}  // namespace jixiao::grammar
