// One rule at a time: hand-computed scores, explanations and statuses.
#include <gtest/gtest.h>

#include <stdexcept>

#include "rules/score.hpp"

namespace jixiao::rules {
namespace {

rule compile(const std::string& text) {
  const scoring_policy policy;
  auto result = compile_target(text, policy.synonyms, 2023);
  // A test cannot go on without the rule: a missing one fails it here, not by a null dereference.
  if (!result.rule) throw std::runtime_error("no rule for " + text);
  return *result.rule;
}

actual_value actual(const std::string& text) {
  const scoring_policy policy;
  auto result = read_actual(text, policy.synonyms);
  if (!result.value) throw std::runtime_error("no actual value for " + text);
  return *result.value;
}

score_result score(const std::string& target, const std::string& written, double w, const scoring_policy& policy = {}) {
  const actual_value a = actual(written);
  return score_indicator(compile(target), &a, w, policy, 2023);
}

// "≥ % 98", actual 45%, weight 8: 8 × 45 / 98 = 3.6734… -> 3.67.
TEST(MoreIsBetter, ScalesBelowTheTarget) {
  const auto r = score("≥ % 98", "45%", 8);
  EXPECT_EQ("8 × 45 / 98 = 3.67", r.explanation);
  EXPECT_DOUBLE_EQ(3.67, r.score);
  EXPECT_EQ(indicator_status::not_met, r.status);
}

// "= 台 5", actual 6: reaching the planned quantity is met; 20% over is not beyond
// the 20% threshold, so no over-achievement.
TEST(MoreIsBetter, EqualOnACountIsMetByMore) {
  const auto r = score("= 台 5", "6台", 12.5);
  EXPECT_DOUBLE_EQ(12.5, r.score);
  EXPECT_EQ(indicator_status::met, r.status);
  EXPECT_TRUE(r.findings.empty());
}

// "= 台 5", actual 8: 60% over, above the 20% threshold: full score, 超额, a finding.
TEST(OverAchievement, IsAFindingWithoutCause) {
  const auto r = score("= 台 5", "8", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  EXPECT_EQ(indicator_status::exceeded, r.status);
  ASSERT_EQ(1u, r.findings.size());
  EXPECT_EQ("over_achievement", r.findings[0].kind);
}

// With cause target_too_low: deviation 60%, deduct 10 × min(20%, 60% − 20%) = 2.
TEST(OverAchievement, DeductsWhenTheTargetWasTooLow) {
  actual_value a = actual("8");
  a.cause_target_too_low = true;
  const auto r = score_indicator(compile("= 台 5"), &a, 10, scoring_policy{}, 2023);
  EXPECT_DOUBLE_EQ(8, r.score);
  EXPECT_EQ("10 − 10 × 20% (the most deducted) = 8.00", r.explanation);
}

// Strict `=`: 10 × min(6,5)/max(6,5) = 8.33.
TEST(MoreIsBetter, StrictEqualPenalisesAnyDeviation) {
  scoring_policy policy;
  policy.strict_equal = true;
  EXPECT_DOUBLE_EQ(8.33, score("= 台 5", "6", 10, policy).score);
}

// "≤ 万元 90", actual 100: 10 × 90 / 100 = 9; linear: 10 × (1 − 10/90) = 8.89.
TEST(LessIsBetter, RatioAndLinearPenalties) {
  EXPECT_DOUBLE_EQ(9, score("≤ 万元 90", "100", 10).score);
  scoring_policy linear;
  linear.less_is_better = less_is_better_formula::linear;
  EXPECT_DOUBLE_EQ(8.89, score("≤ 万元 90", "100", 10, linear).score);
  EXPECT_DOUBLE_EQ(0, score("≤ 万元 90", "180", 10, linear).score);
}

// Zero targets are all or nothing, never a division by zero.
TEST(ZeroTarget, IsAllOrNothing) {
  EXPECT_DOUBLE_EQ(10, score("≤ 起 0", "0", 10).score);
  EXPECT_DOUBLE_EQ(0, score("≤ 起 0", "1", 10).score);
  EXPECT_DOUBLE_EQ(10, score("= 起 0", "0", 10).score);
  EXPECT_DOUBLE_EQ(0, score("= 起 0", "2", 10).score);
  EXPECT_DOUBLE_EQ(10, score("≥ 个 0", "0", 10).score);
  EXPECT_DOUBLE_EQ(0, score("> 个 0", "0", 10).score);
}

// Range [90, 95]: inside 10; below 10 × 85 / 90 = 9.44; above 10 × 95 / 100 = 9.5.
TEST(Range, ScoresInsideBelowAndAbove) {
  EXPECT_DOUBLE_EQ(10, score("90%-95%", "93%", 10).score);
  EXPECT_DOUBLE_EQ(9.44, score("90%-95%", "85%", 10).score);
  EXPECT_DOUBLE_EQ(9.5, score("90%-95%", "100%", 10).score);
}

// "8个左右", tolerance 10% -> band [7.2, 8.8]. Actual 7: 10 × 7 / 7.2 = 9.72.
TEST(Approximate, BelowBandScalesAgainstLowerEdge) {
  const auto r = score("个 8个左右", "7", 10);
  EXPECT_EQ("10 × 7 / 7.2 = 9.72", r.explanation);
  EXPECT_EQ(indicator_status::not_met, r.status);
}

// Tiers: 部分达成 alone is 70%; with ratio 0.75 it is 75%; 较好 is 80%.
TEST(Qualitative, TiersRatiosAndFiveLevels) {
  EXPECT_DOUBLE_EQ(7, score("有效提升", "部分达成", 10).score);
  actual_value a = actual("部分达成");
  a.ratio = 0.75;
  EXPECT_DOUBLE_EQ(7.5, score_indicator(compile("有效提升"), &a, 10, scoring_policy{}, 2023).score);
  EXPECT_DOUBLE_EQ(8, score("有效提升", "较好", 10).score);
  EXPECT_DOUBLE_EQ(3, score("有效提升", "未达成年度指标且效果较差", 10).score);
}

// An actual equal to the target's phrase means 达成.
TEST(Qualitative, ActualEqualToThePhraseIsAchieved) {
  const auto r = score("按时拨付 按时拨付", "按时拨付", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  EXPECT_EQ(indicator_status::met, r.status);
}

// Deferred with a planned value: scored as ≥ planned: 10 × 3 / 4 = 7.5.
TEST(Deferred, UsesThePlannedValue) {
  actual_value a = actual("3");
  a.planned = 4;
  const auto r = score_indicator(compile("= 次 根据实际情况举行"), &a, 10, scoring_policy{}, 2023);
  EXPECT_DOUBLE_EQ(7.5, r.score);
  EXPECT_DOUBLE_EQ(7, score("= 次 根据实际情况举行", "部分达成", 10).score);
}

// Deadline 2023-12-31: done 2024-01-10 is 10 days late, 2 started weeks: 10 × 0.8 = 8.
TEST(Deadline, LosesTenPercentPerStartedWeek) {
  EXPECT_DOUBLE_EQ(10, score("12月底前完成", "2023-12-31", 10).score);
  EXPECT_DOUBLE_EQ(9, score("12月底前完成", "2024-01-01", 10).score);
  EXPECT_DOUBLE_EQ(8, score("12月底前完成", "2024-01-10", 10).score);
}

TEST(Units, MismatchAndAmbiguousFractionAreNotScored) {
  const auto mismatch = score("= 台 5", "5人", 10);
  EXPECT_DOUBLE_EQ(0, mismatch.score);
  EXPECT_EQ("unit_mismatch", mismatch.findings.at(0).kind);
  const auto fraction = score("≥ % 98", "0.99", 10);
  EXPECT_DOUBLE_EQ(0, fraction.score);
  EXPECT_EQ("ambiguous_fraction", fraction.findings.at(0).kind);
  EXPECT_DOUBLE_EQ(10, score("= 人 30名左右", "30名", 10).score);  // 名 = 人
}

TEST(Missing, ScoresZeroWithAFinding) {
  const auto r = score_indicator(compile("≥ % 98"), nullptr, 10, scoring_policy{}, 2023);
  EXPECT_DOUBLE_EQ(0, r.score);
  EXPECT_EQ(indicator_status::missing, r.status);
  EXPECT_EQ("missing_actual", r.findings.at(0).kind);
}

TEST(NotApplicable, HasNoScoreAndItsOwnStatus) {
  const auto r = score("≥ % 98", "不适用", 10);
  EXPECT_EQ(indicator_status::not_applicable, r.status);
  EXPECT_DOUBLE_EQ(0, r.score);
}

// Magnitudes (SCORING.md section 3, Units), hand-computed:
// "≥ 万株 5", actual 52000株 = 5.2 万株 ≥ 5 → 10.00, no finding.
TEST(Magnitudes, ConvertWithinOneBase) {
  const auto r = score("≥ 万株 5", "52000株", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  EXPECT_EQ(indicator_status::met, r.status);
  EXPECT_EQ("52000 株 = 5.2 万株: 5.2 ≥ 5 → 10.00", r.explanation);
  EXPECT_TRUE(r.findings.empty());
  // "≥ 万株 5", actual 46000株 = 4.6 万株: 10 × 4.6 / 5 = 9.20.
  EXPECT_DOUBLE_EQ(9.2, score("≥ 万株 5", "46000株", 10).score);
  // "≤ 2.5 亿元", actual 26000万元 = 2.6 亿元: 20 × 2.5 / 2.6 = 19.2307… → 19.23.
  EXPECT_DOUBLE_EQ(19.23, score("≤ 2.5 亿元", "26000万元", 20).score);
}

// "80万" (万 of nothing) against 80万元: the target's 万 read as 万元, met, with a note.
TEST(Magnitudes, BareMagnitudeTakesTheOtherSidesUnitWithANote) {
  const auto r = score("80万", "80万元", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  ASSERT_EQ(1u, r.findings.size());
  EXPECT_EQ("magnitude_read", r.findings[0].kind);
  EXPECT_EQ(severity::note, r.findings[0].kind.severity());
  EXPECT_EQ("the target's bare '万' is read as '万元'", r.findings[0].message);
  // An actual's bare 万 against 万株: 5.2万 = 5.2 万株.
  const auto a = score("≥ 万株 5", "5.2万", 10);
  EXPECT_DOUBLE_EQ(10, a.score);
  ASSERT_EQ(1u, a.findings.size());
  EXPECT_EQ("the actual's bare '万' is read as '万株'", a.findings[0].message);
}

// A bare 2800000 against "≤ 万元 300" would be 9333 times the target: read as 元,
// 280 万元 ≤ 300 → 10.00, with a note. A bare 280 is 280 万元, no note.
TEST(Magnitudes, BareNumberFarAboveAMagnitudeTargetIsInTheBaseUnit) {
  const auto r = score("≤ 万元 300", "2800000", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  EXPECT_EQ(indicator_status::met, r.status);
  ASSERT_EQ(1u, r.findings.size());
  EXPECT_EQ("magnitude_read", r.findings[0].kind);
  EXPECT_EQ(severity::note, r.findings[0].kind.severity());
  EXPECT_EQ(0u, r.findings[0].message.str().find("the bare value 2800000 is read as 2800000 元 = 280 万元"))
      << r.findings[0].message;
  const auto plain = score("≤ 万元 300", "280", 10);
  EXPECT_DOUBLE_EQ(10, plain.score);
  EXPECT_TRUE(plain.findings.empty());
}

// Units that cannot be reconciled score 0 with unit_mismatch: 万亩 against 万株, and a
// magnitude with a unit against a target with none. A bare 1.2万 is 12000.
TEST(Magnitudes, UnreconciledUnitsAreNotScored) {
  for (const auto& [target, actual_text] : {std::pair{"≥ 万株 5", "5万亩"}, std::pair{"≥ 5", "5.2万株"}}) {
    const auto r = score(target, actual_text, 10);
    EXPECT_DOUBLE_EQ(0, r.score) << target;
    EXPECT_EQ(indicator_status::not_met, r.status) << target;
    ASSERT_FALSE(r.findings.empty()) << target;
    EXPECT_EQ("unit_mismatch", r.findings[0].kind) << target;
  }
  const auto r = score("≥ 10000", "1.2万", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  EXPECT_EQ("1.2 万 = 12000: 12000 ≥ 10000 → 10.00", r.explanation);
}

// A deferred target with a planned value converts the actual too: planned 5 万株,
// actual 46000株 = 4.6 → 10 × 4.6 / 5 = 9.20.
TEST(Magnitudes, DeferredWithPlannedConverts) {
  actual_value a = actual("46000株");
  a.planned = 5;
  a.note = "补植延期";
  const auto r = score_indicator(compile("≥ 万株 根据实际情况确定"), &a, 10, {}, 2023);
  EXPECT_DOUBLE_EQ(9.2, r.score);
}

// "≥96%" where the value achieved was asked: read as 96, met, and a warning.
TEST(ActualAsBound, ReadsTheNumberWithAWarning) {
  const auto r = score("≥ % 95", "≥96%", 10);
  EXPECT_DOUBLE_EQ(10, r.score);
  ASSERT_EQ(1u, r.findings.size());
  EXPECT_EQ("actual_as_bound", r.findings[0].kind);
  EXPECT_EQ(severity::warning, r.findings[0].kind.severity());
  EXPECT_EQ("the actual '≥96%' is a bound, not the value achieved: read as 96; give the value achieved",
            r.findings[0].message);
  // 200余人 against ≥ 300 人: 10 × 200 / 300 = 6.67, a bound, and no reason given.
  const auto more = score("≥ 人 300", "200余人", 10);
  EXPECT_DOUBLE_EQ(6.67, more.score);
  ASSERT_EQ(2u, more.findings.size());
  EXPECT_EQ("actual_as_bound", more.findings[0].kind);
  EXPECT_EQ("no_reason", more.findings[1].kind);
}

}  // namespace
}  // namespace jixiao::rules
