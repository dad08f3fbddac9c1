// The bundled example is the whole seed table (shared/seed/): 25 projects, 129
// indicators, 4,987 万元.
#include <gtest/gtest.h>

#include <numeric>
#include <string>

#include "engine/load/load.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

TEST(SeedFixture, HoldsTheWholeTable) {
  const rules::scoring_policy policy;
  const auto targets = engine::load_targets(
      engine::yaml_document::load(testing::source_path("fixtures/seed/targets.yaml")), policy);
  EXPECT_EQ(25u, targets.projects.size());
  std::size_t indicators = 0;
  double budget = 0;
  for (const auto& project : targets.projects) {
    indicators += project.indicators.size();
    budget += project.budget;
  }
  EXPECT_EQ(129u, indicators);
  EXPECT_DOUBLE_EQ(4987, budget);
  EXPECT_EQ(2023, targets.year);
  EXPECT_EQ(129u, targets.inferred_categories);  // the seed gives no category: each is inferred
}

// The loader counts the indicators whose category it inferred (the scorer reserves a
// note for each): two of these three give none.
TEST(SeedFixture, CountsTheInferredCategories) {
  const std::string table = R"(year: 2023
projects:
  - id: P1
    name: 示例项目
    budget: 10
    indicators:
      - {name: 设备采购数量, target: "≥ 台 5"}
      - {name: 设备采购成本, category: 产出/成本, target: "≤ 万元 10"}
  - id: P2
    name: 第二个项目
    budget: 5
    indicators:
      - {name: 群众满意度, target: "≥ % 90"}
)";
  const rules::scoring_policy policy;
  const auto targets = engine::load_targets(engine::yaml_document::parse(table, "counted.yaml"), policy);
  EXPECT_EQ(2u, targets.inferred_categories);
}

TEST(SeedFixture, ActualsCoverEveryProject) {
  const rules::scoring_policy policy;
  const auto actuals = engine::load_actuals(
      engine::yaml_document::load(testing::source_path("fixtures/seed/actuals.yaml")), policy);
  EXPECT_EQ(25u, actuals.projects.size());
}

}  // namespace
}  // namespace jixiao
