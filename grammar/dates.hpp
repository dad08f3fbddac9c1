// Dates as written in targets and actuals. Calendar arithmetic is in grammar/text/calendar.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/text/calendar.hpp"

namespace jixiao::grammar {

/// Reads a date matched by the grammar (2023-12-31, 2023年11月30日, 12月底, 2023年底,
/// 年底) back from its folded text. Day 0 stands for the month's last day.
ast::date date_from_text(std::wstring_view text);

}  // namespace jixiao::grammar
