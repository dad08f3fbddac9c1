// An actual value (实际完成值) as the auditors supplied it, ready to score.
#pragma once

#include <optional>
#include <string>

#include "grammar/ast.hpp"
#include "rules/rule.hpp"

namespace jixiao::rules {

using grammar::ast::grade_level;
using grammar::ast::grade_tier;

enum class actual_kind { number, grade, not_applicable, date, phrase };

struct actual_value {
  // The small fields first, so that none pads a word of its own.
  actual_kind kind = actual_kind::number;
  bool cause_target_too_low = false;
  std::optional<grade_tier> tier;
  std::optional<grade_level> level;
  std::optional<calendar_date> date;
  double number = 0;
  std::optional<std::string> unit;  // normalised
  std::string written;  // as written, for the report
  std::optional<double> ratio;  // a point inside the tier, given with the tier
  std::optional<std::string> phrase;
  std::optional<double> planned;  // deferred targets: the value fixed during the year
  std::string bound;  // the bound written before or after the number (≥95%, 95%以上): read as the number
  std::string note;  // 偏差原因
  std::optional<double> deduct;  // 评价扣分: points the evaluator takes off the rule's score
  std::string deduct_reason;
};

/// An actual, or the error of its text (1-based column inside it).
struct actual_result {
  std::optional<actual_value> value;
  std::optional<grammar::syntax_error> error;
};

/// Parses and checks an actual written as text ("99%", "达成", "不适用").
actual_result read_actual(std::string_view text, const unit_synonyms& synonyms);

/// An actual given as a YAML number.
actual_value numeric_actual(double number, std::string written);

const char* tier_name(grade_tier tier);    // 达成 / 部分达成 / 未达成
const char* level_name(grade_level level);  // 好 / 较好 / 一般 / 较差 / 差

/// The tier's and the level's names for a reader, in the current language (the
/// names above are the words the actuals are written with: data).
std::string tier_label(grade_tier tier);
std::string level_label(grade_level level);
/// Their English sources, for a message that translates them when written.
const char* tier_label_source(grade_tier tier);
const char* level_label_source(grade_level level);

}  // namespace jixiao::rules
