// jixiao check: the target review (绩效目标审核) and the actuals' findings, run in-process.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "engine/load/load.hpp"
#include "engine/score/review.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using testing::run_cli;
using testing::source_path;

// The lines of `text`.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

bool has_line(const std::string& text, const std::string& line) {
  for (const auto& l : lines_of(text)) {
    if (l == line) return true;
  }
  return false;
}

// Runs the review on targets given as text.
engine::finding_list review_text(const std::string& yaml) {
  const rules::scoring_policy policy;
  const auto targets = engine::load_targets(engine::yaml_document::parse(yaml, "t.yaml"), policy);
  return engine::review(targets, nullptr, policy);
}

// Every planted problem of fixtures/check/planted.yaml, at its line and column (the
// name or target scalar for an indicator, the `id` key for a project), errors first.
TEST(CheckCommand, ReportsEveryPlantedProblemAtItsPlace) {
  const std::string t = source_path("fixtures/check/planted.yaml");
  const auto r = run_cli({"--lang", "en", "check", t});
  EXPECT_EQ(1, r.status);
  EXPECT_EQ("", r.err);
  const std::vector<std::string> expected = {
      t + ":28:15: error: project 1 / 打印机购置数量: the indicator name appears twice in project 1 (first at line 10); "
          "the second is not scored [duplicate indicator]",
      t + ":32:5: error: project 2: the indicator weights add up to 80, not 90 (100 less the budget execution weight 10) "
          "[weights do not add up]",
      t + ":65:5: error: project 2: the project id 2 is used twice (first at line 32); the second is not scored "
          "[duplicate project]",
      t + ":72:5: error: project 5: the project has no indicators to score [no indicators]",
      t + ":17:18: warning: project 1 / 出国引才次数: the value's unit '个' disagrees with the unit column '人次' "
          "[unit does not match]",
      t + ":20:18: warning: project 1 / 工作效率: the operator '≥' and unit '%' on the qualitative phrase '不断提升' carry "
          "no meaning [comparison sign on a qualitative target]",
      t + ":25:15: warning: project 1 / 满意度: '满意度' is one character from '满意率' (line 22) in the same project: a "
          "typo, or one indicator twice? [similar indicator names]",
      t + ":32:5: warning: project 2: the name '设备购买经费' is one character from project 1's '设备购置经费' (line 6): a "
          "typo, or one project twice? [similar project names]",
      t + ":37:18: warning: project 2 / 会议次数: no value was fixed in advance: '根据实际情况举行' [target not fixed in advance]",
      t + ":41:18: warning: project 2 / 宣传覆盖率: the name asks for a number (…率) but the target '有效提升' is a phrase: "
          "it cannot be measured [words for a number]",
      t + ":49:5: warning: project 3: no satisfaction indicator (满意度) among the categories given or inferred; the "
          "national method expects one [no satisfaction indicator]",
      t + ":49:5: warning: project 3: 2 of 3 indicators have a weight; the other one gets the 10 left [weights given for some indicators only]",
      t + ":65:5: warning: project 2: the budget is 0: no execution rate [zero budget]",
      t + ":65:5: warning: project 2: no output indicator (产出: 数量, 质量, 时效, 成本) among the categories given or "
          "inferred; the national method expects one [no output indicator]",
      t + ":65:5: warning: project 2: no effect indicator (效益: 经济, 社会, 生态, 可持续) among the categories given or "
          "inferred; the national method expects one [no effect indicator]",
      t + ":32:5: note: project 2: no cost indicator (output/cost) among the outputs; the national method expects one "
          "[no cost indicator]",
      t + ":61:18: note: project 3 / 综合素质提升: a qualitative target '有效提升': scored by grade (达成 / 部分达成 / "
          "未达成), not measured; confirm no number could be set [qualitative target]",
      t + ":65:5: note: project 2: no cost indicator (output/cost) among the outputs; the national method expects one "
          "[no cost indicator]",
      t + ":69:15: note: project 2 / 满意度: category satisfaction inferred from the name; confirm it, or give category: "
          "[category inferred from the name]",
      "4 errors, 11 warnings, 4 notes",
  };
  EXPECT_EQ(expected, lines_of(r.out));
}

TEST(CheckCommand, ACleanTableHasNoFindings) {
  const auto r = run_cli({"--lang", "en", "check", source_path("fixtures/check/clean.yaml")});
  EXPECT_EQ(0, r.status);
  EXPECT_EQ("0 errors, 0 warnings, 0 notes\n", r.out);
}

// The seed's own problems: deferred targets of projects 10, 19, 21 and 24, the
// phrases behind `≥ %`, the unit written twice in project 21. None is an error.
TEST(CheckCommand, SeedShowsItsRealProblems) {
  const std::string t = source_path("fixtures/seed/targets.yaml");
  const auto r = run_cli({"--lang", "en", "check", t});
  EXPECT_EQ(0, r.status);
  for (const char* line : {
           ":192:18: warning: project 10 / 会议次数: no value was fixed in advance: '根据实际情况举行' [target not fixed in advance]",
           ":196:18: warning: project 10 / 培训班次: no value was fixed in advance: '根据实际情况举行' [target not fixed in advance]",
           ":362:18: warning: project 19 / 人才活动举行次数: no value was fixed in advance: '根据实际情况举行' [target not fixed in advance]",
           ":364:18: warning: project 19 / 人才媒体宣传报道: no value was fixed in advance: '根据实际情况举行' [target not fixed in advance]",
           ":398:18: warning: project 21 / 对接人才数量: no value was fixed in advance: '根据实际活动要求确定' [target not fixed in advance]",
           ":447:18: warning: project 24 / 各地年度人才工作完成情况: no value was fixed in advance: '根据考核情况判断' "
           "[target not fixed in advance]",
           ":394:18: warning: project 21 / 出国引才次数: the value's unit '个' disagrees with the unit column '人次' "
           "[unit does not match]",
           ":198:18: warning: project 10 / 社会经济效益提升: the operator '≥' and unit '%' on the qualitative phrase "
           "'不断提升' carry no meaning [comparison sign on a qualitative target]",
           ":321:18: warning: project 17 / 工作效率提升: the operator '≥' and unit '%' on the qualitative phrase '有效提升' "
           "carry no meaning [comparison sign on a qualitative target]",
           // The typo 提高工作次第 (for 提高工作效率) leaves project 7 without an effect indicator.
           ":132:5: warning: project 7: no effect indicator (效益: 经济, 社会, 生态, 可持续) among the categories given or "
           "inferred; the national method expects one [no effect indicator]",
           ":138:15: note: project 7 / 提高工作次第: '提高工作次第' is near '提高工作效率', the name 4 other projects use: a "
           "typo, or a wording to align? [name written differently]",
           ":383:18: warning: project 20 / 宣传覆盖率: the name asks for a number (…率) but the target '有效提升' is a "
           "phrase: it cannot be measured [words for a number]",
       }) {
    EXPECT_TRUE(has_line(r.out, t + line)) << line;
  }
  // 13 operators on a phrase, 6 deferred, 1 unit mismatch; 129 inferred categories.
  std::size_t operator_on_phrase = 0;
  std::size_t inferred = 0;
  for (const auto& line : lines_of(r.out)) {
    operator_on_phrase += line.find("[comparison sign on a qualitative target]") != std::string::npos;
    inferred += line.find("[category inferred from the name]") != std::string::npos;
  }
  EXPECT_EQ(13u, operator_on_phrase);
  EXPECT_EQ(129u, inferred);
  EXPECT_EQ("0 errors, 33 warnings, 175 notes", lines_of(r.out).back());
}

// With actuals: what scoring finds (SCORING.md section 7), the actual's own problems
// as errors (a wrong unit, a bare fraction, an unknown name), the rest as warnings.
TEST(CheckCommand, ActualsFindingsWithTheirSeverity) {
  const std::string t = source_path("fixtures/check/clean.yaml");
  const std::string a = source_path("fixtures/check/clean_actuals.yaml");
  const auto r = run_cli({"--lang", "en", "check", t, a});
  EXPECT_EQ(1, r.status);
  const std::vector<std::string> expected = {
      a + ":7:16: error: project 1 / 打印机购置数量: the actual '5人' is in '人', the target in '台': not scored "
          "[unit does not match]",
      a + ":9:14: error: project 1 / 设备使用率: the bare value 0.95 against a % target may mean 95% or 0.95%: write it "
          "with %; not scored [ambiguous percentage]",
      a + ":10:12: error: project 1 / 满意度: no indicator '满意度' in project 1; the actual is not used; did you mean "
          "'满意率'? [unknown indicator]",
      a + ":17:3: error: project 3: no project '3' in the targets; its actuals are not used; did you mean '1'? "
          "[unknown project]",
      t + ":20:18: warning: project 1 / 满意率: no actual value was supplied: scored 0 [actual not reported]",
      a + ":7:16: warning: project 1 / 打印机购置数量: the target was not met and no note gives the reason: write the "
          "reason for the shortfall and the remedy in note [shortfall not explained]",
      a + ":9:14: warning: project 1 / 设备使用率: the target was not met and no note gives the reason: write the "
          "reason for the shortfall and the remedy in note [shortfall not explained]",
      a + ":11:3: warning: project 2: no spending reported (spent): budget execution scores 0 [spending not reported]",
      a + ":13:13: warning: project 2 / 培训人次: the target was not met and no note gives the reason: write the "
          "reason for the shortfall and the remedy in note [shortfall not explained]",
      "4 errors, 5 warnings, 0 notes",
  };
  EXPECT_EQ(expected, lines_of(r.out));
}

// The seed's example actuals: the targets' findings once each (not again from scoring),
// plus the actuals' own. No errors.
TEST(CheckCommand, SeedWithActualsReportsEachFindingOnce) {
  const std::string t = source_path("fixtures/seed/targets.yaml");
  const std::string a = source_path("fixtures/seed/actuals.yaml");
  const auto r = run_cli({"--lang", "en", "check", t, a});
  EXPECT_EQ(0, r.status);
  std::size_t deferred = 0;
  for (const auto& line : lines_of(r.out)) deferred += line.find("[target not fixed in advance]") != std::string::npos;
  EXPECT_EQ(6u, deferred);
  EXPECT_TRUE(has_line(r.out, t + ":300:18: warning: project 16 / 机关年轻同志增长: no actual value was supplied: scored 0 "
                                  "[actual not reported]"));
  EXPECT_TRUE(has_line(r.out, a + ":213:3: warning: project 21: no spending reported (spent): budget execution scores 0 "
                                  "[spending not reported]"));
  EXPECT_TRUE(has_line(r.out, a + ":11:16: warning: project 1 / 打印机购置数量: the actual 8 beats the target 5 by 60%, "
                                  "above the 20% threshold: explain it, or give cause: target_too_low "
                                  "[over-achievement]"));
  EXPECT_EQ("0 errors, 44 warnings, 175 notes", lines_of(r.out).back());
}

TEST(CheckCommand, JsonIsAListOfFindings) {
  const std::string t = source_path("fixtures/check/planted.yaml");
  const auto r = run_cli({"--lang", "en", "check", t, "--format", "json"});
  EXPECT_EQ(1, r.status);
  const auto list = nlohmann::json::parse(r.out);
  ASSERT_TRUE(list.is_array());
  ASSERT_EQ(19u, list.size());
  const nlohmann::json first = {{"severity", "error"},       {"file", t},
                                {"line", 28},                {"column", 15},
                                {"project", "1"},            {"indicator", "打印机购置数量"},
                                {"kind", "duplicate_indicator"},
                                {"message", "the indicator name appears twice in project 1 (first at line 10); the "
                                            "second is not scored"}};
  EXPECT_EQ(first, list[0]);
  EXPECT_TRUE(list[1]["indicator"].is_null());
}

TEST(CheckCommand, BadInputExitsTwoWithTheLoadersMessage) {
  const std::string dir = testing::scratch_dir("check_bad");
  testing::write_file(dir + "/t.yaml", "projects:\n  - id: \"1\"\n    name: x\n    budget: abc\n");
  const auto r = run_cli({"--lang", "en", "check", dir + "/t.yaml"});
  EXPECT_EQ(2, r.status);
  EXPECT_EQ("", r.out);
  EXPECT_EQ(dir + "/t.yaml:4:13: projects.\"1\".budget: expected a number, found 'abc'\n", r.err);
  EXPECT_EQ(2, run_cli({"--lang", "en", "check", source_path("fixtures/check/clean.yaml"), dir + "/none.yaml"}).status);
}

TEST(CheckCommand, Usage) {
  EXPECT_EQ(64, run_cli({"--lang", "en", "check"}).status);
  EXPECT_EQ(64, run_cli({"--lang", "en", "check", source_path("fixtures/check/clean.yaml"), "--format", "xml"}).status);
  const auto help = run_cli({"--lang", "en", "check", "--help"});
  EXPECT_EQ(0, help.status);
  EXPECT_NE(std::string::npos, help.out.find("--format"));
}

// Weights: all explicit must give 90 (with the budget's 10); some explicit leave the
// rest to the others, an error only when they already pass 90.
TEST(TargetReview, ExplicitWeightsBeyondThePoolAreAnError) {
  const auto findings = review_text(
      "projects:\n"
      "  - id: \"1\"\n"
      "    name: 培训经费\n"
      "    budget: 10\n"
      "    indicators:\n"
      "      - {name: 培训人次, target: \"≥ 人次 300\", category: 产出/数量, weight: 60}\n"
      "      - {name: 培训成本, target: \"≤ 万元 10\", category: 产出/成本, weight: 35}\n"
      "      - {name: 学员满意度, target: \"≥ % 90\", category: 满意度}\n"
      "      - {name: 能力提升, target: \"有效提升\", category: 效益, weight: 0}\n");
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(engine::severity::error, findings[0].level);
  EXPECT_EQ("weights_sum", findings[0].kind);
  EXPECT_EQ("the explicit weights add up to 95, more than 90 (100 less the budget execution weight 10): the 1 "
            "indicator(s) without a weight get nothing",
            findings[0].message);
  EXPECT_EQ(2, findings[0].line);
  EXPECT_EQ(5, findings[0].column);
}

// Names in a series (金奖 / 银奖 / 铜奖) are meant to differ; two names one character
// apart with different targets and the default category are only a note.
TEST(TargetReview, SeriesOfNamesAreNotTypos) {
  const auto findings = review_text(
      "projects:\n"
      "  - id: \"1\"\n"
      "    name: 奖励经费\n"
      "    budget: 10\n"
      "    indicators:\n"
      "      - {name: 金奖评定数, target: \"= 个 1\", category: 产出/数量}\n"
      "      - {name: 银奖评定数, target: \"= 个 2\", category: 产出/数量}\n"
      "      - {name: 铜奖评定数, target: \"= 个 3\", category: 产出/数量}\n"
      "      - {name: 打印机购置数量, target: \"= 台 5\", category: 产出/数量}\n"
      "      - {name: 复印机购置数量, target: \"= 台 1\", category: 产出/数量}\n"
      "      - {name: 奖励发放成本, target: \"≤ 万元 10\", category: 产出/成本}\n"
      "      - {name: 社会影响力, target: \"≥ % 90\", category: 效益}\n"
      "      - {name: 满意度, target: \"≥ % 90\", category: 满意度}\n");
  ASSERT_EQ(1u, findings.size());
  EXPECT_EQ(engine::severity::note, findings[0].level);
  EXPECT_EQ("similar_names", findings[0].kind);
  EXPECT_EQ("复印机购置数量", findings[0].indicator);
  EXPECT_EQ(10, findings[0].line);
}

}  // namespace
}  // namespace jixiao

namespace jixiao {
namespace {

// A unit that is a magnitude alone (80万: 万 of what?) is a warning at the target, with
// the unit the name suggests: 万元 where it speaks of money, else not known.
TEST(TargetReview, BareMagnitudeIsAWarningWithTheLikelyUnit) {
  const auto findings = review_text(
      "projects:\n"
      "  - id: \"1\"\n"
      "    name: 扶持经费\n"
      "    budget: 10\n"
      "    indicators:\n"
      "      - {name: 扶持资金发放, target: \"80万\", category: 产出/成本}\n"
      "      - {name: 受益群众, target: \"≥ 1.5亿\", category: 效益}\n"
      "      - {name: 满意度, target: \"≥ % 90\", category: 满意度}\n"
      "      - {name: 种植面积, target: \"≥ 万亩 2\", category: 产出/数量}\n");
  std::vector<const engine::finding_entry*> bare;
  for (const auto& f : findings) {
    if (f.kind == "bare_magnitude") bare.push_back(&f);
  }
  ASSERT_EQ(2u, bare.size());
  EXPECT_EQ(engine::severity::warning, bare[0]->level);
  EXPECT_EQ("扶持资金发放", bare[0]->indicator);
  EXPECT_EQ("the unit '万' is a magnitude with no unit (万 of what?): likely 万元, as the name '扶持资金发放' speaks "
            "of money; write it in the target",
            bare[0]->message);
  EXPECT_EQ(6, bare[0]->line);
  EXPECT_EQ("受益群众", bare[1]->indicator);
  EXPECT_EQ("the unit '亿' is a magnitude with no unit (亿 of what?): the unit is not known; write it in the target "
            "(亿人, 亿元, 亿亩 …)",
            bare[1]->message);
}

}  // namespace
}  // namespace jixiao
