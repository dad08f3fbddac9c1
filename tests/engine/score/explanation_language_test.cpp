// The budget, total and review lines as the scorer and the review make them: figures
// and operators the same in both languages, only the words change.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using nlohmann::json;

// Three projects, every target met (indicators 90.00):
//  1: budget 24, spent 23.6: 10 × 23.6 / 24 = 9.8333… → 9.83; total 99.83.
//  2: budget 0, spent 5: no execution rate → 0.00; total 90.00.
//  3: no spent → 0.00; total 90.00.
// The review takes 1.00 from project 1's 99.83 (98.83) and 2.00 from nothing else.
const char* const targets = R"(department: 测试单位
year: 2023
projects:
  - id: "1"
    name: 办公设备购置
    budget: 24
    indicators:
      - {name: 购置电脑数量, target: "≥ 台 10"}
  - id: "2"
    name: 培训
    budget: 0
    indicators:
      - {name: 培训人次, target: "≥ 人次 10"}
  - id: "3"
    name: 宣传
    budget: 5
    indicators:
      - {name: 宣传次数, target: "≥ 次 10"}
)";

const char* const actuals = R"(year: 2023
projects:
  "1": {spent: 23.6, indicators: {购置电脑数量: 10}}
  "2": {spent: 5, indicators: {培训人次: 10}}
  "3": {indicators: {宣传次数: 10}}
)";

const char* const review = R"(year: 2023
reviewer: 市财政局
projects:
  "1": {deduct: 1, reason: 未按时报送}
)";

json scored(const std::string& lang) {
  const std::string dir = testing::scratch_dir("explanation_language");
  testing::write_file(dir + "/targets.yaml", targets);
  testing::write_file(dir + "/actuals.yaml", actuals);
  testing::write_file(dir + "/review.yaml", review);
  const auto r = testing::run_cli({"--lang", lang, "score", dir + "/targets.yaml", dir + "/actuals.yaml", "--review",
                                   dir + "/review.yaml", "--format", "json"});
  EXPECT_EQ(0, r.status) << r.err;
  return json::parse(r.out);
}

TEST(ProjectLines, BudgetAndTotalLinesInChinese) {
  const json r = scored("zh");
  ASSERT_EQ(3u, r["projects"].size());
  EXPECT_EQ("10 × 23.6 / 24 = 9.83", r["projects"][0]["budget_explain"]);  // no words: the same in both
  EXPECT_EQ("指标 90.00 + 预算执行 9.83 = 99.83", r["projects"][0]["total_explain"]);
  EXPECT_EQ("预算数为 0，无法计算执行率 → 0.00", r["projects"][1]["budget_explain"]);
  EXPECT_EQ("未填报全年执行数 → 0.00", r["projects"][2]["budget_explain"]);
  EXPECT_EQ("指标 90.00 + 预算执行 0.00 = 90.00", r["projects"][2]["total_explain"]);
}

TEST(ProjectLines, BudgetAndTotalLinesInEnglish) {
  const json r = scored("en");
  ASSERT_EQ(3u, r["projects"].size());
  EXPECT_EQ("10 × 23.6 / 24 = 9.83", r["projects"][0]["budget_explain"]);
  EXPECT_EQ("indicators 90.00 + budget 9.83 = 99.83", r["projects"][0]["total_explain"]);
  EXPECT_EQ("budget 0: no execution rate → 0.00", r["projects"][1]["budget_explain"]);
  EXPECT_EQ("no spent → 0.00", r["projects"][2]["budget_explain"]);
}

TEST(ProjectLines, ReviewLine) {
  EXPECT_EQ("指标 90.00 + 预算执行 9.83 = 99.83; 99.83 − 1.00 (复核扣分: 未按时报送) = 98.83",
            scored("zh")["projects"][0]["review"]["explain"]);
  EXPECT_EQ("indicators 90.00 + budget 9.83 = 99.83; 99.83 − 1.00 (review deduction: 未按时报送) = 98.83",
            scored("en")["projects"][0]["review"]["explain"]);
}

// Budget execution by bands (SCORING.md section 6): spent 90 of 100 is a rate of 90%,
// in the band from 85% below 95%, whose share is 80%: 10 × 80% = 8.00.
TEST(ProjectLines, BandsLineInBothLanguages) {
  const std::string dir = testing::scratch_dir("explanation_bands");
  testing::write_file(dir + "/targets.yaml",
                      "department: 测试单位\nyear: 2023\nprojects:\n  - id: \"1\"\n    name: 培训\n    budget: 100\n"
                      "    indicators:\n      - {name: 培训人次, target: \"≥ 人次 10\"}\n");
  testing::write_file(dir + "/actuals.yaml", "year: 2023\nprojects:\n  \"1\": {spent: 90, indicators: {培训人次: 10}}\n");
  testing::write_file(dir + "/policy.yaml",
                      "budget_execution:\n  formula: bands\n  bands:\n    - {from: 0.95, share: 1}\n"
                      "    - {from: 0.85, share: 0.8}\n    - {from: 0, share: 0.5}\n");
  const auto line = [&](const std::string& lang) {
    const auto r = testing::run_cli({"--lang", lang, "score", dir + "/targets.yaml", dir + "/actuals.yaml", "--policy",
                                     dir + "/policy.yaml", "--format", "json"});
    EXPECT_EQ(0, r.status) << r.err;
    return json::parse(r.out)["projects"][0]["budget_explain"].get<std::string>();
  };
  EXPECT_EQ("10 × 80% (execution rate 90 / 100 = 90% ≥ 85%, < 95%) = 8.00", line("en"));
  EXPECT_EQ("10 × 80% (执行率 90 / 100 = 90% ≥ 85%, < 95%) = 8.00", line("zh"));
}

}  // namespace
}  // namespace jixiao
