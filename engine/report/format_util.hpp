// Formatting shared by the report writers: padding to display width, numbers,
// and the parts of a finding's line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/report.hpp"

namespace jixiao::engine {

/// Shown where a value is missing (an actual, a spent amount).
inline constexpr const char* missing_mark = "—";

/// `text`, then spaces up to `width` terminal columns; text wider than `width` is not cut.
std::string pad_right(std::string_view text, int width);

/// Spaces up to `width` terminal columns, then `text`; text wider than `width` is not cut.
std::string pad_left(std::string_view text, int width);

/// `text` on one line: CR LF, CR, LF, tab and other control characters become one space each.
std::string one_line(std::string_view text);

/// A score, weight or total to `places` decimals, half up: 7.2 -> "7.20" (NaN prints as "nan").
std::string format_score(double value, int places = 2);

/// A weight: two decimals at the default precision; at 0 or 1 decimals the weight as
/// given (30 -> "30"), since an explicit one (12.5) need not be a figure of that precision.
std::string format_weight(double value, int places);

/// The places of a printed score under `policy` (its score_decimals); 2 without one.
int score_places(const rules::scoring_policy* policy);

/// An amount in 万元, shortest form up to 4 decimals: 120.5 -> "120.5"; huge values lose the decimals.
std::string format_amount(double value);

/// `value` rounded half up at `places` (0 to 6) decimals; unchanged when too large or not finite.
double round_safely(double value, int places);

/// A rate already in percent, two decimals: 91.666 -> "91.67%"; missing_mark when absent.
std::string format_rate(const std::optional<double>& percent);

/// The status, marked when the evaluator deducted points: "达成", "达成 (评价扣分 3)"
/// ("met", "met (evaluator deducted 3)").
std::string status_text(const indicator_entry& i);

/// The category, with "*" appended when it was inferred (类别为推断).
std::string category_text(const indicator_entry& entry);
/// A category (产出/数量) in the reader's language: each level the built-in policy
/// names is translated (output/quantity); a level a policy file names is its data.
std::string category_label(std::string_view category);
/// A grade (优) in the reader's language (excellent); a policy's own grade as it is.
std::string grade_text(std::string_view grade);

/// "<role> <path> sha256=<hex>", the role named in the reader's language.
std::string input_text(const input_file& input);

/// An input's role (targets, actuals, policy, review) in the reader's language:
/// 目标表, 实际完成值, 评分政策, 复核 (any other role as it is).
std::string input_role_name(std::string_view role);

/// The policy a report was scored under, as a person reads it: 内置政策 ("built-in
/// policy") for the built-in one, a named policy's name (全国通用办法 / national
/// method, 湖北省办法 / Hubei variant), a file path as it is.
std::string policy_name(std::string_view policy);

/// The severity as a word of the reader's language: 错误, 警告, 提示 (error, warning, note).
std::string severity_word(severity level);

/// The finding's kind by its name in the reader's language (超额完成 / over-achievement).
std::string kind_name(const finding_entry& f);

/// "file:line:column", leaving out a zero line or column; empty when the file is unknown.
std::string finding_location(const finding_entry& f);

/// "项目 <project> / <indicator>" (or "指标 <indicator>"), in the reader's language;
/// empty when neither is known.
std::string finding_subject(const finding_entry& f);

/// "2 errors, 1 warning, 0 notes" (2 个错误，1 个警告，0 个提示): the findings counted by severity.
std::string severity_counts(const std::vector<finding_entry>& findings);
std::string severity_counts(const report_findings& findings);

/// "<severity> <location>: <subject>: <kind name>: <message>", leaving out the empty
/// parts: "警告 targets.yaml:3:5: 项目 1 / 满意率: 超额完成: …".
std::string finding_text(const finding_entry& f);

}  // namespace jixiao::engine
