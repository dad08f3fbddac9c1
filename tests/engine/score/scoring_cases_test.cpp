// Runs every case under tests/scoring_cases/: targets.yaml, actuals.yaml and an
// optional policy.yaml are scored and compared with expected.yaml, whose figures
// were computed by hand from SCORING.md (the computation is in its comments).
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <initializer_list>
#include <string_view>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/score/scorer.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::source_path("tests/scoring_cases"))) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// A misspelt key would check nothing: every key of expected.yaml must be one the test reads.
void expect_only_keys(const YAML::Node& node, std::initializer_list<std::string_view> known, const std::string& where) {
  if (!node.IsMap()) {
    ADD_FAILURE() << where << ": expected a map";
    return;
  }
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    if (std::find(known.begin(), known.end(), key) == known.end()) ADD_FAILURE() << where << ": unknown key '" << key << "'";
  }
}

engine::report score_case(const std::string& dir) {
  rules::scoring_policy policy;
  if (fs::exists(dir + "/policy.yaml")) policy = engine::load_policy(engine::yaml_document::load(dir + "/policy.yaml"));
  const auto targets = engine::load_targets(engine::yaml_document::load(dir + "/targets.yaml"), policy);
  const auto actuals = engine::load_actuals(engine::yaml_document::load(dir + "/actuals.yaml"), policy);
  return engine::score_department(targets, actuals, policy);
}

class ScoringCase : public ::testing::TestWithParam<std::string> {};

TEST_P(ScoringCase, MatchesTheHandComputation) {
  const std::string dir = testing::source_path("tests/scoring_cases/" + GetParam());
  const YAML::Node expected = YAML::LoadFile(dir + "/expected.yaml");
  expect_only_keys(expected, {"error", "projects", "summary"}, "expected.yaml");
  if (const YAML::Node error = expected["error"]) {
    expect_only_keys(error, {"file", "line", "contains"}, "error");
    try {
      score_case(dir);
      FAIL() << "scored, but an error was expected";
    } catch (const engine::input_error& e) {
      EXPECT_EQ(error["file"].as<std::string>(), fs::path(e.file()).filename().string()) << e.what();
      EXPECT_EQ(error["line"].as<int>(), e.line()) << e.what();
      EXPECT_NE(lower(e.what()).find(lower(error["contains"].as<std::string>())), std::string::npos) << e.what();
    }
    return;
  }
  const engine::report report = score_case(dir);
  for (const auto& entry : expected["projects"]) {
    const std::string id = entry.first.as<std::string>();
    const YAML::Node& want = entry.second;
    expect_only_keys(want, {"budget_score", "total", "grade", "indicators"}, "project " + id);
    const auto project = std::find_if(report.projects.begin(), report.projects.end(), [&](auto& p) { return p.id == id; });
    ASSERT_NE(project, report.projects.end()) << "project " << id;
    if (want["budget_score"]) {
      EXPECT_NEAR(want["budget_score"].as<double>(), project->budget_score, 0.005) << "project " << id;
    }
    if (want["total"]) {
      EXPECT_NEAR(want["total"].as<double>(), project->total, 0.005) << "project " << id;
    }
    if (want["grade"]) {
      EXPECT_EQ(want["grade"].as<std::string>(), project->grade) << "project " << id;
    }
    for (const auto& indicator : want["indicators"]) {
      const std::string name = indicator.first.as<std::string>();
      const auto found = std::find_if(project->indicators.begin(), project->indicators.end(),
                                      [&](auto& i) { return i.name == name; });
      ASSERT_NE(found, project->indicators.end()) << "indicator " << name;
      const YAML::Node& fields = indicator.second;
      expect_only_keys(fields, {"weight", "score", "status"}, "indicator " + name);
      if (fields["weight"]) {
        EXPECT_NEAR(fields["weight"].as<double>(), found->weight, 0.0001) << name;
      }
      if (fields["score"]) {
        EXPECT_NEAR(fields["score"].as<double>(), found->score, 0.005) << name << ": " << found->explain();
      }
      if (fields["status"]) {
        EXPECT_EQ(fields["status"].as<std::string>(), rules::status_name(found->status)) << name;
      }
    }
  }
  if (const YAML::Node summary = expected["summary"]) {
    expect_only_keys(summary, {"mean"}, "summary");
    if (summary["mean"]) {
      EXPECT_NEAR(summary["mean"].as<double>(), report.mean, 0.005);
    }
  }
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name;
  bool upper = true;
  for (char c : info.param) {
    if (c == '_') {
      upper = true;
      continue;
    }
    name.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    upper = false;
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(HandComputed, ScoringCase, ::testing::ValuesIn(case_names()), case_name);

}  // namespace
}  // namespace jixiao
