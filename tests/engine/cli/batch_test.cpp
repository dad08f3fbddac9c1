// Batch scoring of a province (fixtures/province/): the seed, a small department
// and a department whose actuals are broken.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using nlohmann::json;

json score_province(const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"--lang", "en", "score", testing::source_path("fixtures/province/manifest.yaml"), "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = testing::run_cli(args);
  EXPECT_EQ(2, r.status) << "one department is broken";
  EXPECT_EQ("jixiao score: department 'c_broken' not scored: " +
                testing::source_path("fixtures/province/c_broken/actuals.yaml") +
                ":5:1: malformed YAML: end of sequence flow not found\n"
                "jixiao score: 1 department not scored; see the report\n",
            r.err);
  return json::parse(r.out);
}

TEST(Batch, BrokenDepartmentIsReportedAndTheOthersScored) {
  const json report = score_province({"-j", "1"});
  ASSERT_EQ(3u, report["departments"].size());
  EXPECT_EQ("ok", report["departments"][0]["status"]);
  EXPECT_EQ("ok", report["departments"][1]["status"]);
  EXPECT_EQ("error", report["departments"][2]["status"]);
  EXPECT_NE(report["departments"][2]["error"].get<std::string>().find("c_broken/actuals.yaml:5:1: malformed YAML: end of sequence flow not found"),
            std::string::npos)
      << report["departments"][2]["error"];
  EXPECT_EQ(25u, report["departments"][0]["report"]["projects"].size());
}

// b_small project 2 has no 效益 indicator: 产出 gets 50 + 30 × 50/60 = 75, 满意度
// 10 + 30 × 10/60 = 15. 培训人次 100 of 200: 75 × 100/200 = 37.5; 满意度 92% ≥ 90%: 15;
// budget 15 of 30: 10 × 0.5 = 5. Total 57.5, 差. Project 1 meets everything: 100, 优.
TEST(Batch, SmallDepartmentScoresByHand) {
  const json report = score_province();
  const json& projects = report["departments"][1]["report"]["projects"];
  EXPECT_EQ(100.0, projects[0]["total"]);
  EXPECT_EQ(57.5, projects[1]["total"]);
  EXPECT_EQ("差", projects[1]["grade"]);
  EXPECT_EQ(37.5, projects[1]["indicators"][0]["score"]);
}

TEST(Batch, SummaryAcrossDepartments) {
  const json summary = score_province()["summary"];
  EXPECT_EQ(3, summary["departments_total"]);
  EXPECT_EQ(1, summary["departments_failed"]);
  EXPECT_EQ(1, summary["grades"]["差"]);
  EXPECT_EQ("b_small", summary["lowest"][0]["department"]);
  EXPECT_EQ(57.5, summary["lowest"][0]["total"]);
  EXPECT_EQ("error", summary["by_department"][2]["status"]);
  EXPECT_GT(summary["findings_by_kind"]["category_inferred"].get<int>(), 129);
}

TEST(Batch, ParallelRunGivesTheSameReport) {
  const std::string manifest = testing::source_path("fixtures/province/manifest.yaml");
  const auto one = testing::run_cli({"--lang", "en", "score", manifest, "--format", "table", "-j", "1"});
  const auto two = testing::run_cli({"--lang", "en", "score", manifest, "--format", "table", "-j", "2"});
  EXPECT_EQ(one.out, two.out);
}

// fail_fast.yaml puts the broken department second of three: with --fail-fast the
// third is never reported; without it, it is.
TEST(Batch, FailFastStopsAtTheBrokenDepartment) {
  const std::string manifest = testing::source_path("fixtures/province/fail_fast.yaml");
  const auto stopped = testing::run_cli({"--lang", "en", "score", manifest, "--format", "json", "--fail-fast", "-j", "1"});
  EXPECT_EQ(2, stopped.status);
  const json report = json::parse(stopped.out);
  ASSERT_EQ(2u, report["departments"].size());
  EXPECT_EQ("c_broken", report["departments"][1]["name"]);
  EXPECT_EQ(2, report["summary"]["departments_reported"]);

  const auto whole = testing::run_cli({"--lang", "en", "score", manifest, "--format", "json", "-j", "1"});
  EXPECT_EQ(2, whole.status);
  EXPECT_EQ(3u, json::parse(whole.out)["departments"].size());
}

TEST(Batch, DirectoryOfDepartments) {
  const auto r = testing::run_cli({"--lang", "en", "score", testing::source_path("fixtures/province"), "--format", "json"});
  EXPECT_EQ(2, r.status);
  const json report = json::parse(r.out);
  ASSERT_EQ(2u, report["departments"].size());  // b_small and c_broken; the seed is only in the manifest
  EXPECT_EQ("b_small", report["departments"][0]["name"]);
}

// In Chinese (the default), the same two lines on standard error, the place kept:
// the department's first error line, then the count.
TEST(Batch, FailedDepartmentsAreNamedInChinese) {
  const auto r = testing::run_cli({"score", testing::source_path("fixtures/province/manifest.yaml"), "--format", "json"});
  EXPECT_EQ(2, r.status);
  EXPECT_EQ("jixiao score：部门“c_broken”未能评分：" + testing::source_path("fixtures/province/c_broken/actuals.yaml") +
                ":5:1: YAML 格式错误：方括号 [ ] 未闭合\n"
                "jixiao score：1 个部门未能评分，详见报告\n",
            r.err);
}

}  // namespace
}  // namespace jixiao
