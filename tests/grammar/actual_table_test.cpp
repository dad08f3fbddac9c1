// Every line of tests/data/actuals_expected.jsonl is parsed as an actual value and
// compared field by field.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/report/rule_json.hpp"
#include "rules/policy.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using nlohmann::json;

std::vector<json> load_cases() {
  std::vector<json> cases;
  for (const auto& line : testing::read_lines(testing::source_path("tests/data/actuals_expected.jsonl"))) {
    cases.push_back(json::parse(line));
  }
  return cases;
}

std::string input_of(const json& c) {
  return testing::case_input(c["input"].get<std::string>(), c.value("input_hex", std::string()));
}

class ActualTable : public ::testing::TestWithParam<json> {};

TEST_P(ActualTable, ParsesToTheExpectedValue) {
  const json& expected = GetParam();
  const std::string input = input_of(expected);
  const rules::scoring_policy policy;
  const auto result = rules::read_actual(input, policy.synonyms);
  if (expected.contains("error_contains")) {
    ASSERT_FALSE(result.value) << "parsed, but an error was expected";
    EXPECT_NE(result.error->message.find(expected["error_contains"].get<std::string>()), std::string::npos)
        << result.error->message;
    EXPECT_EQ(expected["column"].get<std::size_t>(), result.error->column) << result.error->message;
    return;
  }
  ASSERT_TRUE(result.value) << result.error->message << " at column " << result.error->column;
  const json actual = engine::actual_to_json(input, *result.value);
  for (const char* field : {"kind", "unit", "tier", "level", "date", "phrase"}) {
    EXPECT_EQ(expected[field], actual[field]) << field;
  }
  if (expected.contains("bound")) {
    EXPECT_EQ(expected["bound"], actual["bound"]) << "bound";
  }
  if (expected["value"].is_null()) {
    EXPECT_TRUE(actual["value"].is_null());
  } else {
    EXPECT_NEAR(expected["value"].get<double>(), actual["value"].get<double>(), 1e-9);
  }
}

std::string case_name(const ::testing::TestParamInfo<json>& info) { return "Line" + std::to_string(info.index + 1); }

INSTANTIATE_TEST_SUITE_P(Values, ActualTable, ::testing::ValuesIn(load_cases()), case_name);

}  // namespace
}  // namespace jixiao
