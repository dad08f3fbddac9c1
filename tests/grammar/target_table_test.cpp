// Every line of tests/data/targets_expected.jsonl (all 129 seed targets, every form
// of SCORING.md section 2, and error cases, written from the spec independently of
// the code) is compiled and compared field by field.
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
  for (const auto& line : testing::read_lines(testing::source_path("tests/data/targets_expected.jsonl"))) {
    cases.push_back(json::parse(line));
  }
  return cases;
}

std::string input_of(const json& c) {
  return testing::case_input(c["input"].get<std::string>(), c.value("input_hex", std::string()));
}

class TargetTable : public ::testing::TestWithParam<json> {};

TEST_P(TargetTable, ParsesToTheExpectedRule) {
  const json& expected = GetParam();
  const std::string input = input_of(expected);
  const rules::scoring_policy policy;
  const auto result = rules::compile_target(input, policy.synonyms, 2023);
  if (expected.contains("error_contains")) {
    ASSERT_FALSE(result.rule) << "parsed, but an error was expected: " << engine::rule_to_json(input, *result.rule).dump();
    EXPECT_NE(result.error->message.find(expected["error_contains"].get<std::string>()), std::string::npos)
        << result.error->message;
    EXPECT_EQ(expected["column"].get<std::size_t>(), result.error->column) << result.error->message;
    return;
  }
  ASSERT_TRUE(result.rule) << result.error->message << " at column " << result.error->column;
  const json actual = engine::rule_to_json(input, *result.rule);
  for (const char* field : {"kind", "op", "unit", "approximate", "phrase", "date"}) {
    EXPECT_EQ(expected[field], actual[field]) << field;
  }
  for (const char* field : {"value", "low", "high"}) {
    if (expected[field].is_null()) {
      EXPECT_TRUE(actual[field].is_null()) << field << ": " << actual[field];
    } else {
      ASSERT_TRUE(actual[field].is_number()) << field;
      EXPECT_NEAR(expected[field].get<double>(), actual[field].get<double>(), 1e-9) << field;
    }
  }
  EXPECT_EQ(expected["finding_kinds"], actual["finding_kinds"]);
  if (expected.contains("note")) {
    EXPECT_EQ(expected["note"], actual["note"]) << "note";
  }
}

std::string case_name(const ::testing::TestParamInfo<json>& info) { return "Line" + std::to_string(info.index + 1); }

INSTANTIATE_TEST_SUITE_P(Expressions, TargetTable, ::testing::ValuesIn(load_cases()), case_name);

}  // namespace
}  // namespace jixiao
