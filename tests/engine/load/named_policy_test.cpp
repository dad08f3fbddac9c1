// Named policies (national, hubei), jixiao policy list / show, and --policy NAME|FILE.
#include <gtest/gtest.h>

#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/yaml/write_policy.hpp"
#include "rules/rounding.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using engine::write_policy_yaml;

rules::scoring_policy load_text(const std::string& text) {
  return engine::load_policy(engine::yaml_document::parse(text, "shown.yaml"));
}

TEST(NamedPolicy, NationalIsTheBuiltInDefault) {
  const rules::scoring_policy national = engine::load_named_policy("national");
  rules::scoring_policy built_in;
  built_in.source = "national";
  EXPECT_EQ(write_policy_yaml(built_in), write_policy_yaml(national));
}

TEST(NamedPolicy, HubeiValues) {
  const rules::scoring_policy hubei = engine::load_named_policy("hubei");
  EXPECT_EQ("hubei", hubei.source);
  EXPECT_EQ(20, hubei.budget_weight);
  ASSERT_EQ(3u, hubei.first_level.size());
  EXPECT_EQ(40, hubei.first_level[0].second);
  EXPECT_EQ(30, hubei.first_level[1].second);
  EXPECT_EQ(10, hubei.first_level[2].second);
  EXPECT_EQ(0.8, hubei.tiers[0].low);
  EXPECT_EQ(0.5, hubei.tiers[1].low);
  EXPECT_FALSE(hubei.graded);
}

// show → load → show gives the same text, and the loaded policy is the same policy.
class ShowLoadsBack : public ::testing::TestWithParam<std::string> {};

TEST_P(ShowLoadsBack, ByteIdentical) {
  const auto shown = testing::run_cli({"--lang", "en", "policy", "show", GetParam()});
  ASSERT_EQ(0, shown.status) << shown.err;
  rules::scoring_policy loaded = load_text(shown.out);
  rules::scoring_policy original = engine::load_named_policy(GetParam());
  loaded.source = original.source;
  EXPECT_EQ(shown.out, write_policy_yaml(loaded));
  EXPECT_EQ(original.budget_weight, loaded.budget_weight);
  EXPECT_EQ(original.graded, loaded.graded);
  EXPECT_EQ(original.tiers[1].low, loaded.tiers[1].low);
  EXPECT_EQ(original.categories.size(), loaded.categories.size());
  EXPECT_EQ(original.synonyms, loaded.synonyms);
}

INSTANTIATE_TEST_SUITE_P(Named, ShowLoadsBack, ::testing::Values("national", "hubei"));

TEST(NamedPolicy, ShowOfAFileWithBandsLoadsBack) {
  const std::string dir = testing::scratch_dir("policy_show_bands");
  testing::write_file(dir + "/p.yaml",
                      "extends: hubei\nscore_decimals: 1\nrounding: down\ngrades: {优: 95, 良: 85, 中: 70}\n"
                      "unit_synonyms: {家: 个, \"a:b\": 个}\n"
                      "budget_execution:\n  formula: bands\n  bands:\n    - {from: 0.95, share: 1}\n"
                      "    - {from: 0.9, share: 0.9}\n    - {from: 0, share: 0.123456789}\n");
  const auto shown = testing::run_cli({"--lang", "en", "policy", "show", dir + "/p.yaml"});
  ASSERT_EQ(0, shown.status) << shown.err;
  testing::write_file(dir + "/shown.yaml", shown.out);
  const auto again = testing::run_cli({"--lang", "en", "policy", "show", dir + "/shown.yaml"});
  ASSERT_EQ(0, again.status) << again.err;
  // Only the first line (the source comment) names a different file.
  EXPECT_EQ(shown.out.substr(shown.out.find('\n')), again.out.substr(again.out.find('\n')));
  const rules::scoring_policy loaded = load_text(shown.out);
  EXPECT_EQ(1, loaded.score_decimals);
  EXPECT_EQ(rules::rounding_mode::down, loaded.rounding);
  ASSERT_EQ(3u, loaded.bands.size());
  EXPECT_EQ(0.123456789, loaded.bands[2].share);
  EXPECT_TRUE(loaded.graded);
  EXPECT_EQ(20, loaded.budget_weight);
}

TEST(NamedPolicy, ListNamesThem) {
  const auto r = testing::run_cli({"--lang", "en", "policy", "list"});
  ASSERT_EQ(0, r.status) << r.err;
  EXPECT_EQ("national  rules/policies/national.yaml\nhubei  rules/policies/hubei.yaml\n", r.out);
}

TEST(NamedPolicy, ANameWinsUnlessItLooksLikeAPath) {
  EXPECT_TRUE(engine::names_a_policy("hubei"));
  EXPECT_FALSE(engine::names_a_policy("./hubei"));
  EXPECT_FALSE(engine::names_a_policy("hubei.yaml"));
  EXPECT_FALSE(engine::names_a_policy("guangdong"));
}

TEST(NamedPolicy, UnknownNameSaysTheNearest) {
  const auto r = testing::run_cli({"--lang", "en", "policy", "show", "hubie"});
  EXPECT_EQ(2, r.status);
  EXPECT_EQ("--policy: no policy named 'hubie'; did you mean 'hubei'? (named policies: national, hubei) and no such file\n",
            r.err);
}

// The seed under Hubei: the source block names the policy, and no grade is printed.
TEST(NamedPolicy, ScoreWithHubeiNamesItAndLeavesOutGrades) {
  const auto r = testing::run_cli(
      {"--lang", "en", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--policy", "hubei"});
  ASSERT_EQ(0, r.status) << r.err;
  EXPECT_NE(std::string::npos, r.out.find("Scoring policy: Hubei variant\n"));
  EXPECT_EQ(std::string::npos, r.out.find("Grade"));
  const auto zh = testing::run_cli(
      {"--lang", "zh", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--policy", "hubei"});
  ASSERT_EQ(0, zh.status) << zh.err;
  EXPECT_NE(std::string::npos, zh.out.find("评分政策: 湖北省办法\n"));
  EXPECT_EQ(std::string::npos, zh.out.find("  等级: "));
  EXPECT_EQ(std::string::npos, zh.out.find("等级分布"));
  EXPECT_EQ(std::string::npos, r.out.find("policy rules/policies"));  // a name, not a file: no hash row
}

TEST(Rounding, DownCutsOnTheDecimalValue) {
  EXPECT_EQ(2.67, rules::round_down(2.675, 2));
  EXPECT_EQ(4.35, rules::round_down(10 * 43.5 / 100, 2));  // 4.3499999… as a double
  EXPECT_EQ(9.0, rules::round_down(9.8, 0));
  EXPECT_EQ(9.6, rules::round_down(29.0 / 3.0, 1));
  EXPECT_EQ(16.0, rules::round_down(50.0 / 3.0, 0));
  EXPECT_EQ(17.0, rules::round_half_up(50.0 / 3.0, 0));
  EXPECT_EQ(23.0, rules::round_half_up(22.5, 0));
}

}  // namespace
}  // namespace jixiao
