// A rule: what a target expression means, ready to score an actual against.
// Rules are immutable once built and safe to share across threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "rules/finding_kinds.hpp"
#include "grammar/text/message.hpp"
#include "rules/units.hpp"

namespace jixiao::rules {

enum class rule_kind { quantitative, qualitative, deferred, deadline };
enum class comparison { eq, ge, le, gt, lt, between };

/// Something an auditor must look at in a target (SCORING.md section 7): its kind
/// (unit_mismatch, operator_on_phrase, deferred) and its message, as data.
struct finding {
  finding_kind kind;
  text::message message;
};

struct calendar_date {
  std::optional<int> year;  // unknown until the table's year is applied
  int month = 12;
  int day = 31;  // 0: the month's last day, once the year is known
};

struct rule {
  rule_kind kind = rule_kind::quantitative;
  std::optional<comparison> op;
  std::optional<double> value;  // the target; for deferred targets, none
  std::optional<double> low;    // ranges
  std::optional<double> high;
  std::optional<std::string> unit;  // normalised
  bool approximate = false;
  std::optional<std::string> phrase;
  std::optional<calendar_date> deadline;
  std::optional<std::string> note;  // a bracketed gloss after the target: (百分比), （含）
  std::vector<finding> findings;
};

using rule_ptr = std::shared_ptr<const rule>;

/// A rule or the syntax error of its text.
struct compile_result {
  rule_ptr rule;
  std::optional<grammar::syntax_error> error;
};

/// Parses and builds a rule from a target expression. `year` completes deadlines
/// written without one (12月底前完成).
compile_result compile_target(std::string_view text, const unit_synonyms& synonyms, std::optional<int> year);

/// Builds a rule from a parsed target; an error when a number or date is out of range.
compile_result build_rule(const grammar::ast::target& target, const unit_synonyms& synonyms,
                          std::optional<int> year);

/// The value of a number as written (3,000 -> 3000; a magnitude after it is the unit's); nullopt when out of range.
std::optional<double> number_value(const grammar::ast::number& number);

const char* to_string(rule_kind kind);
const char* to_string(comparison op);       // ">=", "<=", "=", ">", "<", "between"
const char* to_symbol(comparison op);       // "≥", "≤", "=", ">", "<", "between"

}  // namespace jixiao::rules
