// The bundled example is the whole seed table (shared/seed/): 25 projects, 129
// indicators, 4,987 万元.
#include <gtest/gtest.h>

#include <numeric>

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
}

TEST(SeedFixture, ActualsCoverEveryProject) {
  const rules::scoring_policy policy;
  const auto actuals = engine::load_actuals(
      engine::yaml_document::load(testing::source_path("fixtures/seed/actuals.yaml")), policy);
  EXPECT_EQ(25u, actuals.projects.size());
}

}  // namespace
}  // namespace jixiao
