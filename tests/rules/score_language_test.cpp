// The words around the numbers, in the reader's language: an explanation keeps its
// figures and operators, a finding is a whole sentence; Chinese by default, English
// with --lang en (the test program pins English; each test sets its language).
#include <gtest/gtest.h>

#include <stdexcept>

#include "grammar/text/language.hpp"
#include "rules/score.hpp"

namespace jixiao::rules {
namespace {

using text::language;
using text::language_scope;

score_result score(const std::string& target, const std::string& written, double w) {
  const scoring_policy policy;
  const auto rule = compile_target(target, policy.synonyms, 2023).rule;
  const auto value = read_actual(written, policy.synonyms).value;
  if (!rule || !value) throw std::runtime_error("cannot score " + target + " / " + written);
  return score_indicator(*rule, &*value, w, policy, 2023);
}

score_result score_missing(const std::string& target, double w) {
  const scoring_policy policy;
  const auto rule = compile_target(target, policy.synonyms, 2023).rule;
  if (!rule) throw std::runtime_error("cannot compile " + target);
  return score_indicator(*rule, nullptr, w, policy, 2023);
}

// Deadline 12月底 2023, done 2024-01-10: 10 days late, 2 started weeks, 10% a week:
// 10 × (1 − 2 × 10%) = 8.00.
TEST(ExplanationLanguage, DeadlineLineKeepsItsFigures) {
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("逾期 10 天，计 2 周（不足一周按一周计）：10 × (1 − 2 × 10%) = 8.00",
              score("12月底前完成", "2024-01-10", 10).explanation);
  }
  const language_scope english(language::en);
  EXPECT_EQ("10 days late, 2 started weeks: 10 × (1 − 2 × 10%) = 8.00",
            score("12月底前完成", "2024-01-10", 10).explanation);
}

// 不适用 with weight 30: no score, the weight leaves the total.
TEST(ExplanationLanguage, NotApplicable) {
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("不适用：权重 30 不计入总分", score("≥ % 98", "不适用", 30).explanation);
  }
  const language_scope english(language::en);
  EXPECT_EQ("not applicable: the weight 30 leaves the total", score("≥ % 98", "不适用", 30).explanation);
}

// A qualitative target graded 部分达成 (70% by default), weight 10: 10 × 70% = 7.00;
// the tier's name follows the language, the words of the actuals (部分达成) do not.
TEST(ExplanationLanguage, TierNameInTheLine) {
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("10 × 70% (部分达成) = 7.00", score("= 次 根据实际情况举行", "部分达成", 10).explanation);
  }
  const language_scope english(language::en);
  EXPECT_EQ("10 × 70% (partly achieved) = 7.00", score("= 次 根据实际情况举行", "部分达成", 10).explanation);
}

// "= 台 5", actual 8: (8 − 5) / 5 = 60% over, above the 20% threshold.
TEST(FindingLanguage, OverAchievement) {
  {
    const language_scope chinese(language::zh);
    const auto r = score("= 台 5", "8", 10);
    ASSERT_EQ(1u, r.findings.size());
    EXPECT_EQ("实际完成值 8 超出目标值 5 达 60%，超过 20% 的阈值：请说明原因，或注明 cause: target_too_low",
              r.findings[0].message);
  }
  const language_scope english(language::en);
  const auto r = score("= 台 5", "8", 10);
  ASSERT_EQ(1u, r.findings.size());
  EXPECT_EQ("the actual 8 beats the target 5 by 60%, above the 20% threshold: explain it, or give cause: target_too_low",
            r.findings[0].message);
}

// "≥ % 98", actual 45% with no note: 8 × 45 / 98 = 3.67, not met, no reason given.
TEST(FindingLanguage, NoReason) {
  {
    const language_scope chinese(language::zh);
    const auto r = score("≥ % 98", "45%", 8);
    ASSERT_EQ(1u, r.findings.size());
    EXPECT_EQ("no_reason", r.findings[0].kind);
    EXPECT_EQ("未完成目标且未说明偏差原因：请在 note 中填写偏差原因分析及改进措施", r.findings[0].message);
    EXPECT_EQ("8 × 45 / 98 = 3.67", r.explanation);
  }
  const language_scope english(language::en);
  EXPECT_EQ("the target was not met and no note gives the reason: write the reason for the shortfall and the remedy in "
            "note",
            score("≥ % 98", "45%", 8).findings.at(0).message);
}

TEST(FindingLanguage, MissingActual) {
  {
    const language_scope chinese(language::zh);
    const auto r = score_missing("≥ % 98", 10);
    ASSERT_EQ(1u, r.findings.size());
    EXPECT_EQ("未填报实际完成值，得 0 分：请补填实际完成值", r.findings[0].message);
    EXPECT_EQ("未填报实际完成值 → 0.00", r.explanation);
  }
  const language_scope english(language::en);
  const auto r = score_missing("≥ % 98", 10);
  EXPECT_EQ("no actual value was supplied: scored 0", r.findings.at(0).message);
  EXPECT_EQ("no actual → 0.00", r.explanation);
}

// "= 台 5", actual 5人: 人 is not 台, scored 0.
TEST(FindingLanguage, UnitMismatch) {
  {
    const language_scope chinese(language::zh);
    const auto r = score("= 台 5", "5人", 10);
    ASSERT_FALSE(r.findings.empty());
    EXPECT_EQ("实际完成值“5人”的计量单位为“人”，目标值为“台”，无法比较，未计分：请按目标值的计量单位填报",
              r.findings[0].message);
    EXPECT_EQ("计量单位“人”与目标值的“台”不一致 → 0.00", r.explanation);
  }
  const language_scope english(language::en);
  const auto r = score("= 台 5", "5人", 10);
  EXPECT_EQ("the actual '5人' is in '人', the target in '台': not scored", r.findings.at(0).message);
  EXPECT_EQ("unit '人' is not the target's '台' → 0.00", r.explanation);
}

TEST(NameLanguage, StatusTierAndGrade) {
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("达成", status_label(indicator_status::met));
    EXPECT_EQ("超额", status_label(indicator_status::exceeded));
    EXPECT_EQ("不适用", status_label(indicator_status::not_applicable));
    EXPECT_EQ("部分达成", tier_label(grade_tier::partly));
    EXPECT_EQ("较好", level_label(grade_level::fairly_good));
    EXPECT_EQ("优", grade_label("优"));
    EXPECT_EQ("差", grade_label("差"));
  }
  const language_scope english(language::en);
  EXPECT_EQ("met", status_label(indicator_status::met));
  EXPECT_EQ("exceeded", status_label(indicator_status::exceeded));
  EXPECT_EQ("not applicable", status_label(indicator_status::not_applicable));
  EXPECT_EQ("partly achieved", tier_label(grade_tier::partly));
  EXPECT_EQ("fairly good", level_label(grade_level::fairly_good));
  EXPECT_EQ("excellent", grade_label("优"));
  EXPECT_EQ("poor", grade_label("差"));
  EXPECT_EQ("达成", std::string(status_name(indicator_status::met)));  // the code in JSON: never translated
  EXPECT_EQ("A", grade_label("A"));                                    // not a grade: as it is
}

// A rule is built once and shared (the rule cache serves every department and every
// request of the server): its findings and a score's are data, said in the language
// they are written in, not the one they were made in.
TEST(ExplanationLanguage, MadeInOneLanguageWrittenInTheOther) {
  const scoring_policy policy;
  rule_ptr rule;
  score_result missing;
  {
    const language_scope chinese(language::zh);
    rule = compile_target("= 次 根据实际情况举行", policy.synonyms, 2023).rule;
    ASSERT_TRUE(rule);
    missing = score_indicator(*rule, nullptr, 10, policy, 2023);
  }
  ASSERT_EQ(1u, rule->findings.size());
  const language_scope english(language::en);
  EXPECT_EQ("no value was fixed in advance: '根据实际情况举行'", rule->findings[0].message);
  EXPECT_EQ("no actual → 0.00", missing.explanation);
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("目标值未预先确定（“根据实际情况举行”）：按实际完成情况评价，请在实际完成值中写明计划值",
              rule->findings[0].message);
    EXPECT_EQ("未填报实际完成值 → 0.00", missing.explanation);
  }
}

// Scored into a report line's own explanation: the line holds it (the outcome has
// none), and the score, status and findings are the same. 45% of ≥ 98%, weight 8:
// 8 × 45 / 98 = 3.673… → 3.67, not met, no note: no_reason.
TEST(ExplanationLanguage, ScoredIntoALinesOwnExplanation) {
  const language_scope english(language::en);
  const scoring_policy policy;
  const auto rule = compile_target("≥ % 98", policy.synonyms, 2023).rule;
  const auto value = read_actual("45%", policy.synonyms).value;
  ASSERT_TRUE(rule);
  ASSERT_TRUE(value);
  text::message_chain line;
  const score_outcome r = score_indicator(*rule, &*value, 8, policy, 2023, line);
  EXPECT_EQ("8 × 45 / 98 = 3.67", line);
  EXPECT_EQ(3.67, r.score);
  EXPECT_EQ(indicator_status::not_met, r.status);
  ASSERT_EQ(1u, r.findings.size());
  EXPECT_EQ(finding_kind::no_reason, r.findings[0].kind);
}

}  // namespace
}  // namespace jixiao::rules
