// Every line of the published corpus (tests/data/published_targets.jsonl and
// published_actuals.jsonl: cells copied from tables published by 15 provinces, each
// with its source and the reading written by hand before the parser ran) is parsed and
// compared key by key, as `jixiao parse --json` prints it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/report/rule_json.hpp"
#include "rules/policy.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using nlohmann::json;

// Keys that describe where a line comes from, not how it reads.
bool is_provenance(const std::string& key) {
  return key == "input" || key == "source" || key == "province" || key == "form";
}

std::vector<json> load(const std::string& file) {
  std::vector<json> cases;
  for (const auto& line : testing::read_lines(testing::source_path("tests/data/" + file))) {
    if (!line.empty()) cases.push_back(json::parse(line));
  }
  return cases;
}

// Every reading key of `expected` against jixiao's JSON: numbers within 1e-9.
void expect_reading(const json& expected, const json& got) {
  for (const auto& [key, value] : expected.items()) {
    if (is_provenance(key)) continue;
    ASSERT_TRUE(got.contains(key)) << key << " is not printed";
    if (value.is_number() && got[key].is_number()) {
      EXPECT_NEAR(value.get<double>(), got[key].get<double>(), 1e-9) << key;
    } else {
      EXPECT_EQ(value, got[key]) << key;
    }
  }
}

std::string where(const json& c) {
  return c["input"].get<std::string>() + " (" + c.value("form", std::string()) + ", " + c["source"].get<std::string>() +
         ")";
}

class PublishedTargets : public ::testing::TestWithParam<json> {};

TEST_P(PublishedTargets, ReadAsPublished) {
  const json& expected = GetParam();
  SCOPED_TRACE(where(expected));
  const std::string input = expected["input"].get<std::string>();
  const rules::scoring_policy policy;
  const auto result = rules::compile_target(input, policy.synonyms, std::nullopt);
  ASSERT_TRUE(result.rule) << result.error->message << " at column " << result.error->column;
  expect_reading(expected, engine::rule_to_json(input, *result.rule));
}

class PublishedActuals : public ::testing::TestWithParam<json> {};

TEST_P(PublishedActuals, ReadAsPublished) {
  const json& expected = GetParam();
  SCOPED_TRACE(where(expected));
  const std::string input = expected["input"].get<std::string>();
  const rules::scoring_policy policy;
  const auto result = rules::read_actual(input, policy.synonyms);
  ASSERT_TRUE(result.value) << result.error->message << " at column " << result.error->column;
  expect_reading(expected, engine::actual_to_json(input, *result.value));
}

std::string case_name(const ::testing::TestParamInfo<json>& info) { return "Line" + std::to_string(info.index + 1); }

INSTANTIATE_TEST_SUITE_P(Corpus, PublishedTargets, ::testing::ValuesIn(load("published_targets.jsonl")), case_name);
INSTANTIATE_TEST_SUITE_P(Corpus, PublishedActuals, ::testing::ValuesIn(load("published_actuals.jsonl")), case_name);

}  // namespace
}  // namespace jixiao
