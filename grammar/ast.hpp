// The AST of a target expression (年度目标值 with its operator and unit columns)
// and of an actual value (实际完成值). Every part keeps its place in the text as
// written: offsets and lengths count code points from the start of the expression.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace jixiao::grammar::ast {

struct span {
  std::size_t offset = 0;
  std::size_t length = 0;
};

enum class op_kind { eq, ge, le, gt, lt };

/// An operator, written as a symbol (`≥`, `>=`) or as a bound word (`不低于`, `以上`).
struct op_token {
  op_kind kind = op_kind::eq;
  std::string text;  // as written, UTF-8
  span where;
};

/// A number as written (`3,000`, `98.5`); `digits` is the plain decimal text. A
/// magnitude after it (`1.2万`) belongs to the unit.
struct number {
  std::string digits;
  span where;
};

/// A unit word (台, 人次, %, 万元, 万株, 万, 元/株, /吨), UTF-8, as written.
struct unit_word {
  std::string text;
  span where;
};

/// A number with its own unit and approximation marks: `约50人`, `8个左右`, `100%`.
struct quantity {
  bool about = false;  // 约 before or 左右 after
  bool more = false;   // 余 after the number (200余人): more than it
  number value;
  std::optional<unit_word> unit;
};

/// A calendar date as written: year optional (`12月底`), day 0 means the month's end.
struct date {
  std::optional<int> year;
  int month = 12;
  int day = 0;
  span where;
};

enum class target_shape { comparison, range, phrase, deadline };

/// One target expression. Which fields are set depends on the shape:
/// comparison: op (optional), value, suffix (以上/以内);
/// range: value (low) and high, with high_op for `≥90%且≤100%`; a tolerance
/// (`±5%以内`) has value and high both the one quantity and plus_minus set;
/// phrase: phrase, with any operator or unit written before it;
/// deadline: date, with the operator if one was written (a period's last day).
/// unit_column is the unit written apart from the number, before it (`= 台 5`) or
/// after the value's own unit (`35万元 %`); note is a bracketed gloss at the end.
struct target {
  target_shape shape = target_shape::comparison;
  std::optional<op_token> op;
  std::optional<unit_word> unit_column;  // the unit written before the number (单位 column)
  std::optional<quantity> value;
  std::optional<quantity> high;
  std::optional<op_token> high_op;
  std::optional<op_token> suffix;
  std::optional<std::string> phrase;  // UTF-8, words joined by one space
  span phrase_where;
  std::optional<date> deadline;
  bool plus_minus = false;
  std::optional<std::string> per;  // 每年2次: the unit is per 年 (次/年)
  std::optional<std::string> note;  // UTF-8, trimmed, without its brackets
};

enum class grade_tier { achieved, partly, not_achieved };  // 达成 / 部分达成 / 未达成
enum class grade_level { good, fairly_good, fair, fairly_poor, poor };  // 好 较好 一般 较差 差

enum class actual_shape { number, grade, not_applicable, date, phrase };

/// One actual value: `97.5`, `99%`, `3,000人次`, `达成`, `较好`, `不适用`, `2023-11-30`.
struct actual {
  actual_shape shape = actual_shape::number;
  bool negative = false;
  std::optional<op_token> bound;  // `≥95%`, `95%以上`: a bound where the value was asked
  std::optional<quantity> value;
  std::optional<grade_tier> tier;
  std::optional<grade_level> level;
  std::optional<date> when;
  std::optional<std::string> phrase;
};

}  // namespace jixiao::grammar::ast
