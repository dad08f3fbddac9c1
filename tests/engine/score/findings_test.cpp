// Findings of a scored department (SCORING.md section 7), asserted whole.
#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/load/load.hpp"
#include "engine/score/scorer.hpp"

namespace jixiao::engine {
namespace {

const char* const targets_yaml =
    "department: 测试单位\nyear: 2023\nprojects:\n"
    "  - id: \"1\"\n    name: 设备购置\n    budget: 10\n    indicators:\n"
    "      - name: 满意率\n        target: \"≥ % 95\"\n"
    "      - name: 打印机数量\n        target: \"= 台 5\"\n"
    "  - id: \"2\"\n    name: 空项目\n    budget: 5\n";

report score(const std::string& actuals_yaml) {
  const rules::scoring_policy policy;
  const auto targets = load_targets(yaml_document::parse(targets_yaml, "targets.yaml"), policy);
  const auto actuals = load_actuals(yaml_document::parse(actuals_yaml, "actuals.yaml"), policy);
  return score_department(targets, actuals, policy);
}

const finding_entry* find(const report& r, const std::string& kind) {
  for (const auto& f : r.findings) {
    if (f.kind == kind) return &f;
  }
  return nullptr;
}

// Each finding as "kind project indicator", in the report's order.
std::vector<std::string> kinds_and_places(const report& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) {
    out.push_back(std::string(f.kind.code()) + " " + f.project.str() + " " + f.indicator.str());
  }
  return out;
}

TEST(Findings, UnknownIndicatorSuggestsTheNearestName) {
  const report r = score("projects:\n  \"1\":\n    spent: 10\n    indicators:\n      满意度: 99%\n      打印机数量: 5\n");
  const finding_entry* f = find(r, "unknown_indicator");
  ASSERT_NE(nullptr, f);
  EXPECT_EQ("no indicator '满意度' in project 1; the actual is not used; did you mean '满意率'?", f->message);
  EXPECT_EQ("actuals.yaml", f->file);
  EXPECT_EQ(5, f->line);
  EXPECT_EQ(12, f->column);
  ASSERT_NE(nullptr, find(r, "missing_actual"));  // 满意率 itself has no actual
}

TEST(Findings, UnknownProjectSuggestsTheNearestId) {
  const report r = score("projects:\n  \"1\":\n    spent: 10\n  \"3\":\n    spent: 1\n");
  const finding_entry* f = find(r, "unknown_project");
  ASSERT_NE(nullptr, f);
  EXPECT_EQ("no project '3' in the targets; its actuals are not used; did you mean '1'?", f->message);
  EXPECT_EQ(4, f->line);
}

// A project without indicators scores its budget execution alone and says so.
TEST(Findings, EmptyProjectIsAFinding) {
  const report r = score("projects:\n  \"2\":\n    spent: 5\n");
  ASSERT_NE(nullptr, find(r, "no_indicators"));
  EXPECT_EQ(10.0, r.projects[1].total);
  EXPECT_EQ("差", r.projects[1].grade);
}

TEST(Findings, WarningsComeBeforeNotes) {
  const report r = score("projects:\n  \"1\":\n    spent: 10\n");
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(severity::warning, r.findings.front().level);
  EXPECT_EQ(severity::note, r.findings.back().level);
}

// Notes keep the order they were found in, project by project: a project's category
// notes (every indicator here has none) first, then what its scoring found (the bare
// 52000 against 万株 read as 5.2 万株), then that it has no cost indicator. The scorer
// makes the category notes last, in place, so this pins where they go.
TEST(Findings, NotesKeepTheOrderFoundProjectByProject) {
  const rules::scoring_policy policy;
  const auto targets = load_targets(
      yaml_document::parse("department: 测试单位\nyear: 2023\nprojects:\n"
                           "  - id: \"1\"\n    name: 苗木种植\n    budget: 10\n    indicators:\n"
                           "      - name: 种植数量\n        target: \"≥ 万株 5\"\n"
                           "      - name: 满意率\n        target: \"≥ % 95\"\n"
                           "  - id: \"2\"\n    name: 设备购置\n    budget: 5\n    indicators:\n"
                           "      - name: 打印机数量\n        target: \"= 台 5\"\n",
                           "targets.yaml"),
      policy);
  const auto actuals = load_actuals(
      yaml_document::parse("projects:\n  \"1\":\n    spent: 10\n    indicators:\n      种植数量: 52000\n"
                           "      满意率: 97%\n  \"2\":\n    spent: 5\n    indicators:\n      打印机数量: 5\n",
                           "actuals.yaml"),
      policy);
  const report r = score_department(targets, actuals, policy);
  const std::vector<std::string> found = kinds_and_places(r);
  const std::vector<std::string> expected = {
      "category_inferred 1 种植数量", "category_inferred 1 满意率",   "magnitude_read 1 种植数量",
      "no_cost_indicator 1 ",         "category_inferred 2 打印机数量", "no_cost_indicator 2 ",
  };
  EXPECT_EQ(expected, found);
  ASSERT_EQ(6u, r.findings.size());
  EXPECT_EQ("category output/quantity inferred from the name", r.findings[4].message);  // tests run in English
  EXPECT_EQ(16, r.findings[4].line);  // 打印机数量's name, line 16 of targets.yaml
}

// The warnings come first, then the notes, each in the order found, although project
// 1's notes were found before project 2's warnings; the list reads the same by index
// as by iteration. Project 1: its two categories inferred (notes), 打印机数量 4 of 5
// without a note (no_reason), no cost indicator (a note). Project 2: no indicators,
// no spending and no actuals (warnings).
TEST(Findings, WarningsFirstThenNotesEachInTheOrderFound) {
  const report r = score("projects:\n  \"1\":\n    spent: 10\n    indicators:\n      满意率: 97%\n      打印机数量: 4\n");
  const std::vector<std::string> found = kinds_and_places(r);
  const std::vector<std::string> expected = {
      "no_reason 1 打印机数量",        "no_indicators 2 ",         "missing_spent 2 ",
      "missing_project_actuals 2 ", "category_inferred 1 满意率", "category_inferred 1 打印机数量",
      "no_cost_indicator 1 ",
  };
  EXPECT_EQ(expected, found);
  ASSERT_EQ(expected.size(), r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) EXPECT_EQ(&r.findings[i], &r.findings.at(i)) << i;
  EXPECT_EQ(finding_kind::no_reason, r.findings.front().kind);
  EXPECT_EQ(finding_kind::no_cost_indicator, r.findings.back().kind);
  EXPECT_THROW(r.findings.at(expected.size()), std::out_of_range);
}

// Actuals in another order than the targets, a project's included: each still meets
// its own indicator. Project 2 first, then project 1 with 打印机数量 before 满意率.
// Weights, none given: 满意度 10 and 产出 50 are the levels present, scaled to the 90
// points: 满意率 10 × 90 / 60 = 15, 打印机数量 50 × 90 / 60 = 75.
// Project 1: 满意率 97% ≥ 95 → 15.00; 打印机数量 4 of 5 → 75 × 4 / 5 = 60.00; budget
// 10 × 8 / 10 = 8.00; total 83.00.
TEST(Findings, ActualsInAnotherOrderMeetTheirOwnIndicators) {
  const report r = score(
      "projects:\n  \"2\":\n    spent: 5\n  \"1\":\n    spent: 8\n    indicators:\n"
      "      打印机数量: {value: 4, note: 缺货}\n      满意率: 97%\n");
  ASSERT_EQ(2u, r.projects.size());
  const project_entry& p = r.projects[0];
  ASSERT_EQ(2u, p.indicators.size());
  EXPECT_EQ("97%", p.indicators[0].actual);
  EXPECT_EQ(15.0, p.indicators[0].score);
  EXPECT_EQ("4", p.indicators[1].actual);
  EXPECT_EQ(60.0, p.indicators[1].score);
  EXPECT_EQ(83.0, p.total);
  EXPECT_EQ(nullptr, find(r, "unknown_project"));
  EXPECT_EQ(nullptr, find(r, "missing_project_actuals"));
  EXPECT_EQ(nullptr, find(r, "missing_actual"));
}

// The explanation is written from the scored entry when asked, and agrees with the score:
// 满意率 15 × 76 / 95 = 12.00, 打印机数量 75, budget 8: 87 + 8 = 95.
TEST(Findings, ExplanationIsWrittenWhenAsked) {
  const report r = score("projects:\n  \"1\":\n    spent: 8\n    indicators:\n      满意率: 76%\n"
                         "      打印机数量: 5\n");
  EXPECT_EQ("15 × 76 / 95 = 12.00", r.projects[0].indicators[0].explain());
  EXPECT_EQ(12.0, r.projects[0].indicators[0].score);
  EXPECT_EQ("10 × 8 / 10 = 8.00", r.projects[0].budget_explain());
  EXPECT_EQ("indicators 87.00 + budget 8.00 = 95.00", r.projects[0].total_explain());
}

// A copy of a report outlives the report it was copied from: its projects' lines are
// views of entries and tables the copy shares. Project 1 as above (满意率 12.00,
// 打印机数量 75.00); project 2 has no lines.
TEST(Findings, ACopyKeepsItsLinesWhenTheOriginalIsGone) {
  std::optional<report> original =
      score("projects:\n  \"1\":\n    spent: 8\n    indicators:\n      满意率: 76%\n      打印机数量: 5\n");
  const report copy = *original;
  original.reset();
  ASSERT_EQ(2u, copy.projects.size());
  ASSERT_EQ(2u, copy.projects[0].indicators.size());
  EXPECT_EQ("满意率", copy.projects[0].indicators[0].name);
  EXPECT_EQ("76%", copy.projects[0].indicators[0].actual);
  EXPECT_EQ("15 × 76 / 95 = 12.00", copy.projects[0].indicators[0].explain());
  EXPECT_EQ("打印机数量", copy.projects[0].indicators[1].name);
  EXPECT_EQ(75.0, copy.projects[0].indicators[1].score);
  EXPECT_TRUE(copy.projects[1].indicators.empty());
}

}  // namespace
}  // namespace jixiao::engine
