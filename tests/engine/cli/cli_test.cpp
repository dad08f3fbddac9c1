// The command line, run in-process: exit codes, parse output, the atomic -o.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

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
  EXPECT_NE(r.err.find("missing_actual"), std::string::npos);
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
