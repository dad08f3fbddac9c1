// The command line, run in-process: exit codes, parse output, the atomic -o.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using testing::run_cli;

TEST(ParseCommand, PrintsOneJsonObjectPerLine) {
  const auto r = run_cli({"--lang", "en", "parse", "--json", "-"}, "≥ % 98\n个 8个左右\n≥ ≥ 98\n");
  EXPECT_EQ(1, r.status);
  const auto lines = [&] {
    std::vector<nlohmann::json> out;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
    return out;
  }();
  ASSERT_EQ(3u, lines.size());
  EXPECT_EQ(">=", lines[0]["op"]);
  EXPECT_EQ(98, lines[0]["value"]);
  EXPECT_EQ("%", lines[0]["unit"]);
  EXPECT_EQ(true, lines[1]["approximate"]);
  EXPECT_EQ("expected a number or a unit after '≥'", lines[2]["error"]);
  EXPECT_EQ(3, lines[2]["column"]);
}

TEST(ParseCommand, ReadableErrorHasACaret) {
  const auto r = run_cli({"--lang", "en", "parse", "≥ ≥ 98"});
  EXPECT_EQ(1, r.status);
  EXPECT_EQ("error: expected a number or a unit after '≥' at column 3\n  ≥ ≥ 98\n    ^\n", r.out);
}

TEST(ParseCommand, AllParsedExitsZero) {
  const auto r = run_cli({"--lang", "en", "parse", "= 台 5", "有效提升"});
  EXPECT_EQ(0, r.status);
  EXPECT_EQ("= 台 5\n  → quantitative = 5 台\n有效提升\n  → qualitative \"有效提升\"\n", r.out);
}

// The same in Chinese, the default: no English word around the figures and the
// table's own text, in what is parsed and in what is refused.
TEST(ParseCommand, SaysWhatItReadInChinese) {
  const auto r = run_cli({"parse", "= 台 5", "有效提升", "≥ 万元 5", "根据实际情况确定"});
  EXPECT_EQ(0, r.status);
  EXPECT_EQ("= 台 5\n  → 定量：= 5 台\n有效提升\n  → 定性：“有效提升”\n≥ 万元 5\n  → 定量：≥ 5 万元（10^4 元）\n"
            "根据实际情况确定\n  → 目标值待定：“根据实际情况确定”\n"
            "  ! 目标值未预先确定：目标值未预先确定（“根据实际情况确定”）：按实际完成情况评价，请在实际完成值中写明计划值\n",
            r.out);
  const auto refused = run_cli({"parse", "≥ 个 5以下"});
  EXPECT_EQ(1, refused.status);
  EXPECT_EQ("错误：限定词“以下”与比较符“≥”矛盾（第 6 列）\n  ≥ 个 5以下\n        ^\n", refused.out);
  const auto actual = run_cli({"parse", "--actual", "≥96%", "不适用"});
  EXPECT_EQ("≥96%\n  → 数值 96 %，写作界限“≥”\n不适用\n  → 不适用 (N/A)\n", actual.out);
}

TEST(ParseCommand, ActualValues) {
  const auto r = run_cli({"--lang", "en", "parse", "--actual", "--json", "3,000人次"});
  EXPECT_EQ(0, r.status);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(3000, j["value"]);
  EXPECT_EQ("人次", j["unit"]);
}

TEST(Cli, HelpVersionAndUsage) {
  EXPECT_EQ(0, run_cli({"--lang", "en", "--help"}).status);
  EXPECT_EQ("jixiao 0.1.0\n", run_cli({"--lang", "en", "--version"}).out);
  EXPECT_EQ(64, run_cli({"--lang", "en", "frobnicate"}).status);
  EXPECT_EQ(64, run_cli({"--lang", "en", "score"}).status);
  EXPECT_EQ(64, run_cli({"--lang", "en", "score", "a.yaml", "b.yaml", "--format", "pdf"}).status);
}

// The lines of `text`, to look for whole lines in a help text.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool has_line(const std::string& text, const std::string& line) {
  const auto lines = lines_of(text);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// jixiao --help: Chinese by default, English with --lang en (before or after it).
TEST(Cli, UsageInChineseByDefaultAndInEnglish) {
  const auto zh = run_cli({"--help"});
  EXPECT_EQ(0, zh.status);
  ASSERT_GE(lines_of(zh.out).size(), 3u);
  EXPECT_EQ("jixiao 0.1.0 —— 项目支出绩效自评评分：衡量预算项目绩效目标的完成程度", lines_of(zh.out)[0]);
  EXPECT_EQ("用法：", lines_of(zh.out)[2]);
  EXPECT_TRUE(has_line(zh.out, "      并行为全省各部门评分，并附各部门汇总")) << zh.out;
  const auto en = run_cli({"--lang", "en", "--help"});
  ASSERT_GE(lines_of(en.out).size(), 3u);
  EXPECT_EQ("jixiao 0.1.0 - scores how far budget projects reached their performance targets", lines_of(en.out)[0]);
  EXPECT_EQ("usage:", lines_of(en.out)[2]);
  EXPECT_TRUE(has_line(en.out, "      score every department of a province in parallel, with a summary across them")) << en.out;
  EXPECT_EQ(en.out, run_cli({"--help", "--lang", "en"}).out);
}

// A command's --help: its caption, its options and the limits, in either language.
// In Chinese the descriptions are not wrapped (Boost wraps by bytes, cutting characters).
TEST(Cli, CommandHelpInChineseAndInEnglish) {
  const auto zh = run_cli({"score", "--help"});
  EXPECT_EQ(0, zh.status);
  EXPECT_EQ("jixiao score 绩效目标 实际完成值 [选项]:", lines_of(zh.out).at(0));
  EXPECT_TRUE(has_line(zh.out, "  -h [ --help ]                显示本帮助")) << zh.out;
  EXPECT_TRUE(has_line(zh.out, "  -o [ --output ] arg          将报告写入文件（要么完整写出，要么不写）")) << zh.out;
  EXPECT_TRUE(has_line(zh.out, "  --max-depth N                列表和映射的最大嵌套层数，1 至 400（默认 64）")) << zh.out;
  const auto en = run_cli({"--lang", "en", "score", "--help"});
  EXPECT_EQ(0, en.status);
  EXPECT_EQ("jixiao score TARGETS ACTUALS [options]:", lines_of(en.out).at(0));
  EXPECT_TRUE(has_line(en.out, "  -h [ --help ]                show this help")) << en.out;
  EXPECT_TRUE(has_line(en.out, "  -o [ --output ] arg          write the report to FILE (whole or not at all)")) << en.out;
  EXPECT_TRUE(has_line(en.out, "  --max-depth N                the deepest nesting of lists and maps, 1 to 400 ")) << en.out;
  const auto parse = run_cli({"parse", "--help"});
  EXPECT_EQ("jixiao parse [--json] [--actual] [--year 年度] 表达式... | -:", lines_of(parse.out).at(0));
  EXPECT_TRUE(has_line(parse.out, "  --actual                   解析实际完成值，而非目标值")) << parse.out;
}

// Boost.Program_options' own errors, as sentences of ours in either language.
TEST(Cli, CommandLineErrorsInChineseAndInEnglish) {
  const auto unknown = run_cli({"score", "--frob"});
  EXPECT_EQ(64, unknown.status);
  EXPECT_EQ("jixiao score：未知选项 --frob", lines_of(unknown.err).at(0));
  EXPECT_EQ("jixiao score: unknown option --frob", lines_of(run_cli({"--lang", "en", "score", "--frob"}).err).at(0));
  EXPECT_EQ("jixiao score：选项 --format 缺少取值", lines_of(run_cli({"score", "a.yaml", "b.yaml", "--format"}).err).at(0));
  EXPECT_EQ("jixiao score: the option --format needs a value",
            lines_of(run_cli({"--lang", "en", "score", "a.yaml", "b.yaml", "--format"}).err).at(0));
  const auto invalid = run_cli({"parse", "--year", "abc", "x"});
  EXPECT_EQ(64, invalid.status);
  EXPECT_EQ("jixiao parse：选项 --year 的取值“abc”无效", lines_of(invalid.err).at(0));
  EXPECT_EQ("jixiao parse: invalid value 'abc' for the option --year",
            lines_of(run_cli({"--lang", "en", "parse", "--year", "abc", "x"}).err).at(0));
  EXPECT_EQ("jixiao score：未知格式“pdf”：应为 table, markdown, csv, json, html 或 xlsx\n",
            run_cli({"score", "a.yaml", "b.yaml", "--format", "pdf"}).err);
  EXPECT_EQ("jixiao：未知命令“frobnicate”", lines_of(run_cli({"frobnicate"}).err).at(0));
}

// The parse error of an expression: the sentence translated, the caret line kept.
TEST(ParseCommand, ErrorInChinese) {
  const auto r = run_cli({"parse", "≥ ≥ 98"});
  EXPECT_EQ(1, r.status);
  EXPECT_EQ("错误：“≥”之后应为数字或计量单位（第 3 列）\n  ≥ ≥ 98\n    ^\n", r.out);
}

TEST(ScoreCommand, MissingFileInChinese) {
  const auto r = run_cli({"score", "no-such.yaml", "fixtures/seed/actuals.yaml"});
  EXPECT_EQ(2, r.status);
  EXPECT_EQ("no-such.yaml: 无法读取文件：文件不存在\n", r.err);
}

TEST(ScoreCommand, MissingFileIsABadInput) {
  const auto r = run_cli({"--lang", "en", "score", "no-such.yaml", "fixtures/seed/actuals.yaml"});
  EXPECT_EQ(2, r.status);
  EXPECT_EQ("no-such.yaml: cannot read the file: no such file\n", r.err);
}

TEST(ScoreCommand, OutputIsWrittenWholeOrNotAtAll) {
  const std::string dir = testing::scratch_dir("atomic");
  const std::string out = dir + "/report.json";
  testing::write_file(out, "earlier report\n");
  // A broken actuals file: the earlier report must stay untouched.
  testing::write_file(dir + "/bad.yaml", "projects: [\n");
  EXPECT_EQ(2, run_cli({"--lang", "en", "score", testing::source_path("fixtures/seed/targets.yaml"), dir + "/bad.yaml", "-o", out}).status);
  EXPECT_EQ("earlier report\n", testing::read_file(out));
  EXPECT_EQ(0, run_cli({"--lang", "en", "score", testing::source_path("fixtures/seed/targets.yaml"),
                        testing::source_path("fixtures/seed/actuals.yaml"), "--format", "json", "-o", out})
                   .status);
  EXPECT_NO_THROW(nlohmann::json::parse(testing::read_file(out)));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(2u, files);  // no temporary file left behind
  EXPECT_EQ(3, run_cli({"--lang", "en", "score", testing::source_path("fixtures/seed/targets.yaml"),
                        testing::source_path("fixtures/seed/actuals.yaml"), "-o", dir + "/missing/dir/r.txt"})
                   .status);
}

TEST(ScoreCommand, StrictTurnsFindingsIntoErrors) {
  const auto r = run_cli({"--lang", "en", "score", testing::source_path("fixtures/seed/targets.yaml"),
                          testing::source_path("fixtures/seed/actuals.yaml"), "--strict"});
  EXPECT_EQ(1, r.status);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("error: actual not reported: "), std::string::npos);
}

// Every project's printed indicator scores and budget score add up to its total.
TEST(ScoreCommand, JsonColumnsAddUpToTheTotal) {
  const auto r = run_cli({"--lang", "en", "score", testing::source_path("fixtures/seed/targets.yaml"),
                          testing::source_path("fixtures/seed/actuals.yaml"), "--format", "json"});
  ASSERT_EQ(0, r.status) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(25u, j["projects"].size());
  for (const auto& p : j["projects"]) {
    double sum = p["budget_score"].get<double>();
    bool rescaled = false;
    for (const auto& i : p["indicators"]) {
      if (i["status"] == "不适用") rescaled = true;
      sum += i["score"].get<double>();
    }
    if (!rescaled) {
      EXPECT_NEAR(p["total"].get<double>(), sum, 1e-9) << p["id"];
    }
  }
}

}  // namespace
}  // namespace jixiao
