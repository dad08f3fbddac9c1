// Derived weights as the reports print them (SCORING.md section 4): allocated in
// hundredths by largest remainder, category by category, so that the printed weights
// add up exactly and a project meeting every target totals 100.00 in every format.
// The cases are the hand-computed ones under tests/scoring_cases/weights_*.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using nlohmann::json;

testing::cli_result score_case(const std::string& name, const std::string& format, const std::string& lang = "en") {
  const std::string dir = testing::source_path("tests/scoring_cases/" + name);
  return testing::run_cli({"--lang", lang, "score", dir + "/targets.yaml", dir + "/actuals.yaml", "--format", format});
}

long long hundredths(double value) { return std::llround(value * 100); }

// The printed weights of a project, in hundredths, by first-level category (产出/数量 is 产出).
std::map<std::string, long long> weights_by_category(const json& project) {
  std::map<std::string, long long> sums;
  for (const auto& indicator : project["indicators"]) {
    const std::string category = indicator["category"].get<std::string>();
    sums[category.substr(0, category.find('/'))] += hundredths(indicator["weight"].get<double>());
  }
  return sums;
}

std::vector<double> weights_of(const json& project) {
  std::vector<double> weights;
  for (const auto& indicator : project["indicators"]) weights.push_back(indicator["weight"].get<double>());
  return weights;
}

// Every target met. 产出 50 among 3: 16.67, 16.67, 16.66; among 6: 8.34, 8.34, 8.33 × 4;
// among 7: 7.15, 7.15, 7.14 × 5; project 8 has 产出 3, 效益 7 (4.29 × 4, 4.28 × 3) and
// 满意度 3 (3.34, 3.33, 3.33) interleaved in the table. Each category adds up to its
// weight, the project to 90, and each total is 100.00 (never 100.01).
TEST(PrintedWeights, EveryTargetMetTotalsExactlyOneHundredInJson) {
  const auto r = score_case("weights_hundredths_all_met", "json");
  ASSERT_EQ(0, r.status) << r.err;
  const json report = json::parse(r.out);
  ASSERT_EQ(4u, report["projects"].size());
  const std::map<std::string, long long> category_weights = {{"产出", 5000}, {"效益", 3000}, {"满意度", 1000}};
  for (const auto& project : report["projects"]) {
    const std::string id = project["id"].get<std::string>();
    EXPECT_EQ(category_weights, weights_by_category(project)) << "project " << id;
    EXPECT_EQ(100.0, project["total"].get<double>()) << "project " << id;
    EXPECT_EQ(10.0, project["budget_score"].get<double>()) << "project " << id;
    EXPECT_EQ("indicators 90.00 + budget 10.00 = 100.00", project["total_explain"].get<std::string>()) << id;
    for (const auto& indicator : project["indicators"]) {
      EXPECT_EQ(indicator["weight"].get<double>(), indicator["score"].get<double>()) << indicator["name"];
    }
  }
  EXPECT_EQ((std::vector<double>{16.67, 16.67, 16.66, 30, 10}), weights_of(report["projects"][0]));
  EXPECT_EQ((std::vector<double>{8.34, 8.34, 8.33, 8.33, 8.33, 8.33, 30, 10}), weights_of(report["projects"][1]));
  EXPECT_EQ((std::vector<double>{7.15, 7.15, 7.14, 7.14, 7.14, 7.14, 7.14, 30, 10}), weights_of(report["projects"][2]));
  // 满意度一, 产出一, 效益一, 产出二, 效益二, 满意度二, 产出三, 效益三 … 七, 满意度三.
  EXPECT_EQ((std::vector<double>{3.34, 16.67, 4.29, 16.67, 4.29, 3.33, 16.66, 4.29, 4.29, 4.28, 4.28, 4.28, 3.33}),
            weights_of(report["projects"][3]));
  EXPECT_EQ(100.0, report["summary"]["mean"].get<double>());
}

// The table prints the same totals: four 总分 lines of 100.00.
TEST(PrintedWeights, EveryTargetMetTotalsExactlyOneHundredInTheTable) {
  const auto r = score_case("weights_hundredths_all_met", "table", "zh");
  ASSERT_EQ(0, r.status) << r.err;
  std::size_t lines = 0;
  for (std::size_t at = r.out.find("总分: "); at != std::string::npos; at = r.out.find("总分: ", at + 1)) {
    EXPECT_EQ(0u, r.out.compare(at, std::string("总分: 100.00 (").size(), "总分: 100.00 (")) << r.out.substr(at, 40);
    ++lines;
  }
  EXPECT_EQ(4u, lines);
}

// A category without indicators: 产出 56.25 among 7 (8.04 × 4, 8.03 × 3) and 效益 33.75
// among 4 (8.44 × 3, 8.43); 产出 75 among 3 and 满意度 15 among 7 (2.15 × 2, 2.14 × 5).
// Derived weights of 90 in all, every target met: 100.00.
TEST(PrintedWeights, RedistributedWeightsAddUpToNinety) {
  const auto r = score_case("weights_hundredths_empty_category", "json");
  ASSERT_EQ(0, r.status) << r.err;
  const json report = json::parse(r.out);
  ASSERT_EQ(2u, report["projects"].size());
  EXPECT_EQ((std::map<std::string, long long>{{"产出", 5625}, {"效益", 3375}}), weights_by_category(report["projects"][0]));
  EXPECT_EQ((std::map<std::string, long long>{{"产出", 7500}, {"满意度", 1500}}), weights_by_category(report["projects"][1]));
  EXPECT_EQ((std::vector<double>{8.04, 8.04, 8.04, 8.04, 8.03, 8.03, 8.03, 8.44, 8.44, 8.44, 8.43}),
            weights_of(report["projects"][0]));
  for (const auto& project : report["projects"]) EXPECT_EQ(100.0, project["total"].get<double>()) << project["id"];
}

// One indicator not applicable, the rest met: 100 × 83.33 / 83.33 and 100 × 83.34 / 83.34.
TEST(PrintedWeights, NotApplicableRescalesToExactlyOneHundred) {
  const auto r = score_case("weights_hundredths_not_applicable", "json");
  ASSERT_EQ(0, r.status) << r.err;
  const json report = json::parse(r.out);
  ASSERT_EQ(2u, report["projects"].size());
  for (const auto& project : report["projects"]) EXPECT_EQ(100.0, project["total"].get<double>()) << project["id"];
  EXPECT_EQ("100 × 83.33 / 83.33 = 100.00", report["projects"][0]["total_explain"].get<std::string>());
  EXPECT_EQ("100 × 83.34 / 83.34 = 100.00", report["projects"][1]["total_explain"].get<std::string>());
}

}  // namespace
}  // namespace jixiao
