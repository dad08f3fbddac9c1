// Loading errors name the file, line, column (code points), field, what was found
// and what was expected; the whole message is asserted.
#include <gtest/gtest.h>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"

namespace jixiao::engine {
namespace {

std::string targets_error(const std::string& yaml) {
  try {
    load_targets(yaml_document::parse(yaml, "targets.yaml"), rules::scoring_policy{});
  } catch (const input_error& e) {
    return e.what();
  }
  return "no error";
}

std::string actuals_error(const std::string& yaml) {
  try {
    load_actuals(yaml_document::parse(yaml, "actuals.yaml"), rules::scoring_policy{});
  } catch (const input_error& e) {
    return e.what();
  }
  return "no error";
}

std::string policy_error(const std::string& yaml) {
  try {
    load_policy(yaml_document::parse(yaml, "policy.yaml"));
  } catch (const input_error& e) {
    return e.what();
  }
  return "no error";
}

const std::string actual_head = "year: 2023\nprojects:\n  \"3\":\n    spent: 20\n    indicators:\n";

// A value of the wrong type is reported at its key, the field it belongs to.
TEST(LoadActuals, AListWhereAValueIsDue) {
  EXPECT_EQ("actuals.yaml:6:7: projects.\"3\".indicators.满意率: expected a number, a percentage or a grade, found a list",
            actuals_error(actual_head + "      满意率: [1, 2]\n"));
}

// The column counts code points: 满意率 is three characters, not nine bytes; a value
// that does not parse is pointed into.
TEST(LoadActuals, ABadValuePointsIntoTheText) {
  EXPECT_EQ("actuals.yaml:6:12: projects.\"3\".indicators.满意率: expected a number, a percentage or a grade: "
            "expected a number, found '九' (column 1 of the value)\n"
            " | 九十八\n"
            " | ^",
            actuals_error(actual_head + "      满意率: 九十八\n"));
}

TEST(LoadActuals, RatioOutsideItsTier) {
  EXPECT_EQ("actuals.yaml:6:34: projects.\"3\".indicators.工作效率.ratio: the ratio 0.85 is outside the tier 部分达成 [0.6, 0.8)",
            actuals_error(actual_head + "      工作效率: {grade: 部分达成, ratio: 0.85}\n"));
}

TEST(LoadActuals, NegativeAndNonFiniteNumbersAreRejected) {
  EXPECT_EQ("actuals.yaml:6:11: projects.\"3\".indicators.人数: a negative actual is not allowed, found '-5'",
            actuals_error(actual_head + "      人数: -5\n"));
  EXPECT_EQ("actuals.yaml:4:12: projects.\"3\".spent: expected a number, found '.nan'",
            actuals_error("year: 2023\nprojects:\n  \"3\":\n    spent: .nan\n"));
  EXPECT_EQ("actuals.yaml:4:12: projects.\"3\".spent: expected a finite number in range, found '1e400'",
            actuals_error("year: 2023\nprojects:\n  \"3\":\n    spent: 1e400\n"));
}

TEST(LoadActuals, UnknownFieldSuggestsTheNearest) {
  EXPECT_EQ("actuals.yaml:4:5: projects.\"3\": unknown field 'spnt'; did you mean 'spent'?",
            actuals_error("year: 2023\nprojects:\n  \"3\":\n    spnt: 20\n"));
}

TEST(LoadActuals, MalformedYaml) {
  EXPECT_EQ("actuals.yaml:3:1: malformed YAML: end of sequence flow not found",
            actuals_error("year: 2023\nprojects: {\"3\": [\n"));
}

// A bad target names the scalar's place plus the column inside the expression.
TEST(LoadTargets, BadExpressionPointsIntoTheFile) {
  const std::string yaml =
      "year: 2023\nprojects:\n  - id: \"1\"\n    name: 设备购置经费\n    budget: 24\n    indicators:\n"
      "      - name: 满意率\n        target: \"≥ % 九十八\"\n";
  EXPECT_EQ("targets.yaml:8:22: projects.\"1\".indicators.满意率.target: expected a number, found '九' "
            "(column 5 of the expression)\n"
            " | ≥ % 九十八\n"
            " |     ^",
            targets_error(yaml));
}

TEST(LoadTargets, UnitWithoutANumber) {
  const std::string yaml =
      "projects:\n  - id: 1\n    name: 设备\n    budget: 5\n    indicators:\n      - name: 数量\n        target: = 台\n";
  EXPECT_EQ("targets.yaml:7:20: projects.\"1\".indicators.数量.target: expected a number after '台' "
            "(column 4 of the expression)\n"
            " | = 台\n"
            " |     ^",
            targets_error(yaml));
}

TEST(LoadTargets, WrongTypesAndMissingFields) {
  EXPECT_EQ("targets.yaml:1:11: projects: expected a list of projects, found a map",
            targets_error("projects: {a: 1}\n"));
  EXPECT_EQ("targets.yaml:2:5: projects.\"1\": missing field 'name'", targets_error("projects:\n  - id: 1\n"));
  EXPECT_EQ("targets.yaml:2:31: projects.\"1\".budget: expected a number of 0 or more, found '-5'",
            targets_error("projects:\n  - {id: 1, name: 设备, budget: -5}\n"));
  EXPECT_EQ("targets.yaml:2:85: projects.\"1\".indicators.满意率.category: expected one of 产出, 效益, 满意度 "
            "(optionally with a second level, as 产出/数量), found '其他'",
            targets_error("projects:\n  - {id: 1, name: 设备, budget: 5, indicators: [{name: 满意率, target: ≥ % 98, "
                          "category: 其他}]}\n"));
}

TEST(LoadTargets, InvalidUtf8) {
  EXPECT_EQ("targets.yaml:2:9: invalid UTF-8 (byte 20)", targets_error("year: 2023\nproject \xff\n"));
}

TEST(LoadPolicy, ContradictionsAreRejected) {
  EXPECT_EQ("policy.yaml:1:13: grades.良: contradictory policy: grade bands are out of order: 良 95 is not below 优 90",
            policy_error("grades: {良: 95}\n"));
  EXPECT_EQ("policy.yaml:1:10: weights: contradictory policy: the weights add up to 110, not 100",
            policy_error("weights: {产出: 60, 效益: 30, 满意度: 10, 预算执行率: 10}\n"));
  EXPECT_EQ("policy.yaml:1:39: qualitative.tiers.部分达成.default: contradictory policy: the default point 0.9 is "
            "outside its tier [0.6, 0.8)",
            policy_error("qualitative: {tiers: {部分达成: {default: 0.9}}}\n"));
}

}  // namespace
}  // namespace jixiao::engine
