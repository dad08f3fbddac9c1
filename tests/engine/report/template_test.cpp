// jixiao template: the actuals skeleton, its YAML, and the round trip template -> fill -> score.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "engine/load/load.hpp"
#include "engine/score/scorer.hpp"
#include "engine/report/write_template.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using testing::run_cli;
using testing::source_path;

// The words of the input (grades, keys, units, an example note) stay as they are in English.
const char* const template_header =
    "# Fill in each value after its colon: a number (5, 99%, 3,000人次), a grade (达成,\n"
    "# 部分达成, 未达成, 好 … 差), 不适用 with a note, or a map such as\n"
    "# {value: 0, note: 采购延期至次年} or {planned: 4, value: 3} for a deferred target;\n"
    "# and each project's spent (in 万元). An empty value counts as missing.\n";

const char* const template_header_zh =
    "# 在每个冒号后填写实际完成值：数值（如 5、99%、3,000人次），等级（达成、\n"
    "# 部分达成、未达成，或 好 … 差），不适用的填“不适用”并加说明，或写成\n"
    "# {value: 0, note: 采购延期至次年}；年初未确定目标值的写成 {planned: 4, value: 3}；\n"
    "# 每个项目的 spent 填全年执行数（单位：万元）。留空的值按未填报计。\n";

const char* const small_targets =
    "department: 示例单位\n"
    "year: 2023\n"
    "projects:\n"
    "  - id: \"1\"\n"
    "    name: 设备购置经费\n"
    "    budget: 24.5\n"
    "    indicators:\n"
    "      - name: 满意率\n"
    "        target: \"≥ % 98\"\n"
    "      - name: \"2023年培训人次\"\n"
    "        target: \"≥ 人次 300\"\n"
    "      - name: \"a: b #c\"\n"
    "        target: \"= 台 5\"\n"
    "      - name: 满意率\n"
    "        target: \"≥ % 90\"\n"
    "  - id: \"1\"\n"
    "    name: 重复\n"
    "    budget: 1\n"
    "  - id: \"007\"\n"
    "    name: 无指标\n"
    "    budget: 0\n";

// Fills a template as an auditor would, mechanically: each indicator gets the first
// number of its target comment (达成 where the target holds none), each spent the budget.
std::string fill(const std::string& text) {
  static const std::regex indicator(R"(^(      [^ #].*):   # (.*)$)");
  static const std::regex spent(R"(^(    spent):   # budget ([0-9.]+) 万元$)");
  static const std::regex number(R"([0-9]+(\.[0-9]+)?)");
  std::istringstream in(text);
  std::string out;
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_match(line, m, spent)) {
      line = m[1].str() + ": " + m[2].str();
    } else if (std::regex_match(line, m, indicator)) {
      const std::string target = m[2].str();
      std::smatch n;
      line = m[1].str() + ": " + (std::regex_search(target, n, number) ? n[0].str() : std::string("达成")) +
             "   # " + target;
    }
    out += line + "\n";
  }
  return out;
}

TEST(TemplateCommand, WritesEveryProjectAndIndicatorInOrder) {
  const std::string dir = testing::scratch_dir("template_small");
  testing::write_file(dir + "/t.yaml", small_targets);
  const auto r = run_cli({"--lang", "en", "template", dir + "/t.yaml"});
  EXPECT_EQ(0, r.status);
  EXPECT_EQ(std::string("# Actuals of 示例单位 for 2023, to score with jixiao score.\n") + template_header +
                "year: 2023\n"
                "projects:\n"
                "  \"1\":   # 设备购置经费\n"
                "    spent:   # budget 24.5 万元\n"
                "    indicators:\n"
                "      满意率:   # ≥ % 98\n"
                "      \"2023年培训人次\":   # ≥ 人次 300\n"
                "      \"a: b #c\":   # = 台 5\n"
                "      # 满意率 again: not scored, left out\n"
                "  # project 1 again (line 16 of the targets): not scored, left out\n"
                "  \"007\":   # 无指标\n"
                "    spent:   # budget 0 万元\n",
            r.out);
  // The skeleton is an actuals file: every name known, every value missing.
  const rules::scoring_policy policy;
  const auto actuals = engine::load_actuals(engine::yaml_document::parse(r.out, "a.yaml"), policy);
  ASSERT_EQ(2u, actuals.projects.size());
  EXPECT_EQ("007", actuals.projects[1].id);
  EXPECT_FALSE(actuals.projects[0].spent);
}

// Chinese by default: the same skeleton, its comments in Chinese; the YAML keys stay.
TEST(TemplateCommand, CommentsInChineseByDefault) {
  const std::string dir = testing::scratch_dir("template_small_zh");
  testing::write_file(dir + "/t.yaml", small_targets);
  const auto r = run_cli({"--lang", "zh", "template", dir + "/t.yaml"});
  EXPECT_EQ(0, r.status);
  EXPECT_EQ(std::string("# 示例单位 2023 年度实际完成值，用 jixiao score 评分。\n") + template_header_zh +
                "year: 2023\n"
                "projects:\n"
                "  \"1\":   # 设备购置经费\n"
                "    spent:   # 年初预算 24.5 万元\n"
                "    indicators:\n"
                "      满意率:   # ≥ % 98\n"
                "      \"2023年培训人次\":   # ≥ 人次 300\n"
                "      \"a: b #c\":   # = 台 5\n"
                "      # 指标 满意率 重复：不评分，已略去\n"
                "  # 项目 1 重复（目标表第 16 行）：不评分，已略去\n"
                "  \"007\":   # 无指标\n"
                "    spent:   # 年初预算 0 万元\n",
            r.out);
  // Without --lang: Chinese too; without a department or year, the title says so.
  testing::write_file(dir + "/bare.yaml", "projects:\n  - id: \"9\"\n    name: 甲\n    budget: 1\n");
  const auto bare = run_cli({"template", dir + "/bare.yaml"});
  EXPECT_EQ(0, bare.status) << bare.err;
  EXPECT_EQ(std::string("# 实际完成值，用 jixiao score 评分。\n") + template_header_zh +
                "# year: （目标表未给出年度）\n"
                "projects:\n"
                "  \"9\":   # 甲\n"
                "    spent:   # 年初预算 1 万元\n",
            bare.out);
  const auto bare_en = run_cli({"--lang", "en", "template", dir + "/bare.yaml"});
  EXPECT_EQ(std::string("# Actuals to score with jixiao score.\n") + template_header +
                "# year: (the targets give none)\n"
                "projects:\n"
                "  \"9\":   # 甲\n"
                "    spent:   # budget 1 万元\n",
            bare_en.out);
}

// The review skeleton's comments: Chinese by default, English with --lang en (exact lines
// from the seed: project 3 totals 92.57, 优; 干部专项考察活动 scores 12.50 of 16.67).
TEST(TemplateCommand, ReviewTemplateInBothLanguages) {
  const auto zh = run_cli({"--lang", "zh", "template", "--review", source_path("fixtures/seed/targets.yaml"),
                           source_path("fixtures/seed/actuals.yaml")});
  ASSERT_EQ(0, zh.status) << zh.err;
  EXPECT_EQ(0u, zh.out.find("# 宁波市委组织部 2023 年度复核：jixiao score 目标表 实际完成值 --review 本文件。\n"
                            "# 扣分时取消相应行的注释并填写：扣在项目总分上（deduct 和 reason），\n"
                            "# 或扣在指标上（{deduct: 2, reason: 佐证材料不全}）。扣分不得超过\n"
                            "# 所扣项目或指标的自评得分；每项扣分都须写明理由。\n"
                            "year: 2023\n"
                            "reviewer:    # 复核单位，如 市财政局绩效管理处\n"
                            "projects:\n"))
      << zh.out.substr(0, 600);
  EXPECT_NE(std::string::npos, zh.out.find("  \"3\":   # 干部专项考察及干部慰问经费：自评总分 92.56，优\n"));
  EXPECT_NE(std::string::npos, zh.out.find("      # 干部专项考察活动: {deduct: , reason: }   # 自评得分 12.50 / 16.67\n"));
  EXPECT_NE(std::string::npos, zh.out.find("      # 慰问覆盖面（重病人员）：不适用，无得分可扣\n"));
  const auto en = run_cli({"--lang", "en", "template", "--review", source_path("fixtures/seed/targets.yaml"),
                           source_path("fixtures/seed/actuals.yaml")});
  ASSERT_EQ(0, en.status) << en.err;
  EXPECT_EQ(0u, en.out.find("# Second-level review of 宁波市委组织部 for 2023: jixiao score TARGETS ACTUALS --review FILE.\n"
                            "# Give each deduction by uncommenting its line: on the project total (deduct and\n"
                            "# reason) or on an indicator ({deduct: 2, reason: 佐证材料不全}). A deduction may not\n"
                            "# exceed the self-evaluated score it comes from; every deduction needs its reason.\n"
                            "year: 2023\n"
                            "reviewer:    # the reviewing office, e.g. 市财政局绩效管理处\n"
                            "projects:\n"))
      << en.out.substr(0, 600);
  EXPECT_NE(std::string::npos, en.out.find("  \"3\":   # 干部专项考察及干部慰问经费: self-evaluated total 92.56, 优\n"));
  EXPECT_NE(std::string::npos,
            en.out.find("      # 干部专项考察活动: {deduct: , reason: }   # self-evaluated score 12.50 / 16.67\n"));
  EXPECT_NE(std::string::npos, en.out.find("      # 慰问覆盖面（重病人员）: not applicable, no score to deduct from\n"));
}

// Template of the seed -> filled in mechanically -> scored: no name unknown, nothing
// missing, and with every target met exactly and every budget spent, full points everywhere.
TEST(TemplateCommand, FilledSeedTemplateScores) {
  const std::string dir = testing::scratch_dir("template_seed");
  const std::string targets_path = source_path("fixtures/seed/targets.yaml");
  const auto r = run_cli({"--lang", "en", "template", targets_path, "-o", dir + "/actuals.yaml"});
  ASSERT_EQ(0, r.status) << r.err;
  EXPECT_EQ("", r.out);
  const std::string filled = fill(testing::read_file(dir + "/actuals.yaml"));
  EXPECT_NE(std::string::npos, filled.find("      满意率: 98   # ≥ % 98\n"));
  EXPECT_NE(std::string::npos, filled.find("      会议次数: 达成   # = 次 根据实际情况举行\n"));
  EXPECT_NE(std::string::npos, filled.find("    spent: 1395\n"));

  const rules::scoring_policy policy;
  const auto targets = engine::load_targets(engine::yaml_document::load(targets_path), policy);
  const auto actuals = engine::load_actuals(engine::yaml_document::parse(filled, dir + "/filled.yaml"), policy);
  const auto report = engine::score_department(targets, actuals, policy);
  ASSERT_EQ(25u, report.projects.size());
  for (const auto& f : report.findings) {
    EXPECT_TRUE(f.kind != "unknown_project" && f.kind != "unknown_indicator" && f.kind != "missing_actual" &&
                f.kind != "missing_spent" && f.kind != "missing_project_actuals")
        << f.kind << " " << f.project << " " << f.indicator;
  }
  // Every indicator met, every budget spent: each project gets its full points (the
  // printed total is the sum of the rounded weights, 100 up to that rounding).
  for (const auto& project : report.projects) {
    for (const auto& indicator : project.indicators) {
      EXPECT_EQ(rules::indicator_status::met, indicator.status) << project.id << " " << indicator.name;
    }
    EXPECT_EQ(10.0, project.budget_score) << project.id;
    EXPECT_NEAR(100.0, project.total, 0.025) << project.id;
    EXPECT_EQ("优", project.grade);
  }
}

TEST(TemplateCommand, BadTargetsExitTwo) {
  const auto r = run_cli({"--lang", "en", "template", "no-such.yaml"});
  EXPECT_EQ(2, r.status);
  EXPECT_EQ("no-such.yaml: cannot read the file: no such file\n", r.err);
  EXPECT_EQ(64, run_cli({"--lang", "en", "template"}).status);
}

}  // namespace
}  // namespace jixiao
