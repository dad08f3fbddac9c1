// Whole reports of the bundled example, byte for byte, in every format, and with its review file. To
// regenerate on purpose: JIXIAO_UPDATE_GOLDEN=1 ctest -R Golden, then review the diff.
#include <gtest/gtest.h>

#include <cstdlib>

#include "tests/test_util.hpp"

namespace jixiao {
namespace {

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, SeedReportMatches) {
  const std::string format = GetParam();
  // Relative paths, so the source block does not depend on where the tree is.
  const auto r = testing::run_cli({"score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", format});
  ASSERT_EQ(0, r.status) << r.err;
  const std::string path = testing::source_path("tests/golden/seed." + format);
  if (std::getenv("JIXIAO_UPDATE_GOLDEN")) testing::write_file(path, r.out);
  EXPECT_EQ(testing::read_file(path), r.out);
}

INSTANTIATE_TEST_SUITE_P(Formats, Golden, ::testing::Values("table", "markdown", "csv", "json"));

// The same example with the finance bureau's review (复核, fixtures/seed/review.yaml).
class GoldenReview : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenReview, SeedReportWithReviewMatches) {
  const std::string format = GetParam();
  const auto r = testing::run_cli({"score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--review",
                                   "fixtures/seed/review.yaml", "--format", format});
  ASSERT_EQ(0, r.status) << r.err;
  const std::string path = testing::source_path("tests/golden/seed-review." + format);
  if (std::getenv("JIXIAO_UPDATE_GOLDEN")) testing::write_file(path, r.out);
  EXPECT_EQ(testing::read_file(path), r.out);
}

INSTANTIATE_TEST_SUITE_P(Formats, GoldenReview, ::testing::Values("table", "markdown", "csv", "json", "html"));

}  // namespace
}  // namespace jixiao
