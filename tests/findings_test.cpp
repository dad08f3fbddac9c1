// Findings of a scored department (SCORING.md section 7), asserted whole.
#include <gtest/gtest.h>

#include "engine/load.hpp"
#include "engine/scorer.hpp"

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

}  // namespace
}  // namespace jixiao::engine
