// Civil-calendar arithmetic: month lengths, day counts since 1970-01-01, ISO dates.
#pragma once

#include <string>

namespace jixiao::grammar {

/// Days in `month` of `year` (1..12), or 0 for a month out of range.
int days_in_month(int year, int month);

/// Days since 1970-01-01 of a valid civil date.
long days_from_civil(int year, int month, int day);

/// "YYYY-MM-DD".
std::string format_date(int year, int month, int day);

/// "YYYY-MM-DD" of a day count since 1970-01-01.
std::string date_from_days(long days);

}  // namespace jixiao::grammar
