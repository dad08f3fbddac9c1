// Dates as written in targets and actuals, and calendar arithmetic on them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"

namespace jixiao::grammar {

/// Reads a date matched by the grammar (2023-12-31, 2023年11月30日, 12月底, 2023年底,
/// 年底) back from its folded text. Day 0 stands for the month's last day.
ast::date date_from_text(std::wstring_view text);

/// Days in `month` of `year` (1..12), or 0 for a month out of range.
int days_in_month(int year, int month);

/// Days since 1970-01-01 of a valid civil date.
long days_from_civil(int year, int month, int day);

/// "YYYY-MM-DD".
std::string format_date(int year, int month, int day);

}  // namespace jixiao::grammar
