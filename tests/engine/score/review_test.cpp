// The second-level review (复核, SCORING.md section 9): deductions on indicators and on
// project totals, the reviewed figures, and its errors. Expected figures computed by
// hand from the seed's self-evaluated scores (tests/golden/seed.table).
#include <gtest/gtest.h>

#include <filesystem>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/load/load_review.hpp"
#include "engine/score/apply_review.hpp"
#include "engine/score/score_files.hpp"
#include "engine/import/xlsx_reader.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

engine::report seed(const std::string& review) {
  return engine::score_department_files(
      {testing::source_path("fixtures/seed/targets.yaml"), testing::source_path("fixtures/seed/actuals.yaml"), "",
       review},
      std::make_shared<const rules::scoring_policy>(), {});
}

std::size_t index_of(const engine::report& r, const std::string& id) {
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    if (r.projects[k].id == id) return k;
  }
  ADD_FAILURE() << "no project " << id;
  return 0;
}

std::size_t indicator_of(const engine::project_entry& p, const std::string& name) {
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    if (p.indicators[k].name == name) return k;
  }
  ADD_FAILURE() << "no indicator " << name;
  return 0;
}

TEST(Review, SeedReviewFigures) {
  const engine::report r = seed(testing::source_path("fixtures/seed/review.yaml"));
  ASSERT_TRUE(r.review);
  EXPECT_EQ("市财政局绩效管理处", r.review->reviewer);

  // Project 3 (one indicator N/A, rescaled over 70): 产出's 50 among 3 is 16.67, 16.67,
  // 16.66 (largest remainder, ties in table order); 干部专项考察活动 (the second) self
  // 16.67 × 3 / 4 = 12.50 − 2 = 10.50. Self points 16.67 + 12.50 + 10 + 16.66 + 8.96 = 64.79,
  // 100 × 64.79 / 70 = 92.557… → 92.56. Reviewed points 64.79 − 2 = 62.79 (indicators
  // 55.83 − 2 = 53.83); 100 × 62.79 / 70 = 89.7 → 89.70; project deduction 1: 88.70 → 良.
  const std::size_t p3 = index_of(r, "3");
  const auto& self3 = r.projects[p3];
  const auto& review3 = r.review->projects[p3];
  const std::size_t k = indicator_of(self3, "干部专项考察活动");
  EXPECT_DOUBLE_EQ(12.50, self3.indicators[k].score);
  EXPECT_TRUE(review3.indicators[k].deducted);
  EXPECT_DOUBLE_EQ(10.50, review3.indicators[k].reviewed);
  EXPECT_EQ("佐证材料不全，考察记录缺两次", review3.indicators[k].reason);
  EXPECT_DOUBLE_EQ(62.79, review3.reviewed_points);
  EXPECT_DOUBLE_EQ(89.70, review3.before_deduction);
  EXPECT_DOUBLE_EQ(88.70, review3.reviewed_total());
  EXPECT_EQ("良", review3.reviewed_grade);
  EXPECT_DOUBLE_EQ(92.56, self3.total);
  EXPECT_EQ("优", self3.grade);
  EXPECT_EQ("indicators 53.83 + budget 8.96 = 62.79; 100 × 62.79 / 70 = 89.70; 89.70 − 1.00 (review deduction: 自评报告未按时报送) = 88.70",
            review3.explain());

  // Project 9: every target met, 100.00 (16.67 + 16.67 + 10 + 16.66 + 30 + 10);
  // 人才经费发放及时性 16.67 − 3 = 13.67; 100.00 − 3 = 97.00 → 优.
  const std::size_t p9 = index_of(r, "9");
  EXPECT_DOUBLE_EQ(13.67, r.review->projects[p9].indicators[indicator_of(r.projects[p9], "人才经费发放及时性")].reviewed);
  EXPECT_DOUBLE_EQ(97.00, r.review->projects[p9].reviewed_total());
  EXPECT_EQ("优", r.review->projects[p9].reviewed_grade);

  // Project 14: 16.67 + 16.67 + 24 + 10 + 16.66 + 9.13 = 93.13; 社会经济效益提升率
  // 24.00 − 4 = 20.00; 93.13 − 4 = 89.13 → 良.
  const std::size_t p14 = index_of(r, "14");
  EXPECT_DOUBLE_EQ(89.13, r.review->projects[p14].reviewed_total());
  EXPECT_EQ("良", r.review->projects[p14].reviewed_grade);

  // A project not reviewed keeps its figures: project 1, 99.83 优.
  const std::size_t p1 = index_of(r, "1");
  EXPECT_DOUBLE_EQ(99.83, r.review->projects[p1].reviewed_total());
  EXPECT_FALSE(r.review->projects[p1].deduction.deducted);

  // Grades: self 优 21, 良 2, 中 2, 差 0; reviewed: 3 and 14 go from 优 to 良 → 19, 4, 2, 0.
  EXPECT_EQ(21, r.grade_counts[0].second);
  EXPECT_EQ(19, r.review->grade_counts[0].second);
  EXPECT_EQ(4, r.review->grade_counts[1].second);
  EXPECT_EQ(2, r.review->grade_counts[2].second);
  // Mean: the self-evaluated Σ total × budget is 477758.99 over 5047 万元 (94.661… → 94.66;
  // 477791.81 before weights were allocated in hundredths, less 32.82: −0.01 on projects
  // 2 3 4 5 6 9 10 13 14 16 17 18 19 21 and −0.02 on 12 (× their budgets: 37.74), +0.01 on
  // 11 and 24 (4.92)); the review takes off 3.86 × 25 + 3 × 800 + 4 × 40 = 2656.5:
  // 475102.49 / 5047 = 94.135… → 94.14.
  EXPECT_DOUBLE_EQ(94.66, r.mean);
  EXPECT_DOUBLE_EQ(94.14, r.review->mean);
  ASSERT_EQ(3u, r.inputs.size());
  EXPECT_EQ("review", r.inputs[2].role);
  EXPECT_EQ(64u, r.inputs[2].sha256.size());
}

// A deduction on an N/A indicator is an error at its deduct.
TEST(Review, NotApplicableIndicatorIsAnError) {
  const std::string dir = testing::scratch_dir("review_na");
  testing::write_file(dir + "/review.yaml",
                      "reviewer: 市财政局绩效管理处\nprojects:\n  \"3\":\n    indicators:\n"
                      "      慰问覆盖面（重病人员）: {deduct: 1, reason: 未提供名单}\n");
  try {
    seed(dir + "/review.yaml");
    FAIL() << "reviewed";
  } catch (const engine::input_error& e) {
    EXPECT_EQ(5, e.line());
    EXPECT_EQ(29, e.column());  // 6 spaces, an 11-character name, ": {deduct: "
    EXPECT_EQ("the indicator does not apply: it has no score to deduct from", e.message());
  }
}

// The whole project total may go, and no further: project 1 of the seed totals 99.83.
TEST(Review, ProjectDeductionUpToTheTotal) {
  const std::string dir = testing::scratch_dir("review_whole");
  testing::write_file(dir + "/review.yaml",
                      "reviewer: 市财政局\nprojects:\n  \"1\": {deduct: 99.83, reason: 项目未实施}\n  \"2\":\n");
  const engine::report r = seed(dir + "/review.yaml");
  EXPECT_DOUBLE_EQ(0.0, r.review->projects[0].reviewed_total());
  EXPECT_EQ("差", r.review->projects[0].reviewed_grade);
  // Project 2 listed with nothing deducted: 99.64 (16.67 + 10 + 16.67 + 30 + 16.66 + 9.64) stays.
  EXPECT_DOUBLE_EQ(99.64, r.review->projects[1].reviewed_total());
}

// The review skeleton: each indicator with its self-evaluated score; filled with a
// reviewer only, it loads as a review that deducts nothing.
TEST(Review, TemplateListsSelfScores) {
  const auto t = testing::run_cli({"--lang", "en", "template", "--review", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml"});
  ASSERT_EQ(0, t.status) << t.err;
  EXPECT_NE(std::string::npos, t.out.find("  \"3\":   # 干部专项考察及干部慰问经费: self-evaluated total 92.56, 优\n"));
  EXPECT_NE(std::string::npos, t.out.find("      # 干部专项考察活动: {deduct: , reason: }   # self-evaluated score 12.50 / 16.67\n"));
  EXPECT_NE(std::string::npos, t.out.find("      # 慰问覆盖面（重病人员）: not applicable, no score to deduct from\n"));
  const std::string dir = testing::scratch_dir("review_template");
  std::string filled = t.out;
  filled.replace(filled.find("reviewer:"), 9, "reviewer: 市财政局");
  testing::write_file(dir + "/review.yaml", filled);
  const engine::report r = seed(dir + "/review.yaml");
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    EXPECT_DOUBLE_EQ(r.projects[k].total, r.review->projects[k].reviewed_total()) << r.projects[k].id;
  }
}

// In a province, review.yaml beside a department's files, or review: in the manifest.
TEST(Review, ProvinceDepartmentsCarryTheirReview) {
  const std::string dir = testing::scratch_dir("review_province");
  const std::string targets = testing::read_file(testing::source_path("fixtures/seed/targets.yaml"));
  const std::string actuals = testing::read_file(testing::source_path("fixtures/seed/actuals.yaml"));
  const std::string review = testing::read_file(testing::source_path("fixtures/seed/review.yaml"));
  for (const std::string department : {"a", "b"}) {
    std::filesystem::create_directories(dir + "/" + department);
    testing::write_file(dir + "/" + department + "/targets.yaml", targets);
    testing::write_file(dir + "/" + department + "/actuals.yaml", actuals);
  }
  testing::write_file(dir + "/a/review.yaml", review);
  const auto folder = testing::run_cli({"--lang", "zh", "score", dir, "-j", "1"});
  ASSERT_EQ(0, folder.status) << folder.err;
  const std::size_t b = folder.out.find("部门 b");
  ASSERT_NE(std::string::npos, b);
  EXPECT_LT(folder.out.find("复核后总分: 88.70"), b);             // department a is reviewed
  EXPECT_EQ(std::string::npos, folder.out.find("复核后总分", b));  // b is not
  // Province: a is reviewed (优 19, 良 4, 中 2), b counts as self-evaluated (优 21, 良 2, 中 2).
  // The reviewed mean: Σ over a's reviewed totals (475102.49) and b's self totals
  // (477758.99) over 2 × 5047: 952861.48 / 10094 = 94.3988… → 94.40 (self: 94.66).
  EXPECT_NE(std::string::npos, folder.out.find("复核: 1 个部门有复核文件"));
  EXPECT_NE(std::string::npos, folder.out.find("  复核后等级分布: 优 40  良 6  中 4  差 0\n"));
  EXPECT_NE(std::string::npos, folder.out.find("  复核后预算加权平均分: 94.40\n"));

  testing::write_file(dir + "/manifest.yaml",
                      "departments:\n  - {name: b, targets: b/targets.yaml, actuals: b/actuals.yaml, review: a/review.yaml}\n");
  const auto manifest = testing::run_cli({"--lang", "zh", "score", dir + "/manifest.yaml", "-j", "1"});
  ASSERT_EQ(0, manifest.status) << manifest.err;
  EXPECT_NE(std::string::npos, manifest.out.find("复核单位: 市财政局绩效管理处"));
  EXPECT_NE(std::string::npos, manifest.out.find("复核后总分: 88.70"));
}

const engine::xlsx_cell* find_cell(const engine::xlsx_sheet& s, const std::string& text, int& row, int& column) {
  for (row = 0; row < s.row_count(); ++row) {
    for (column = 0; column < 16; ++column) {
      const engine::xlsx_cell* c = s.at(row, column);
      if (c && c->text == text) return c;
    }
  }
  return nullptr;
}

double number_at(const engine::xlsx_sheet& s, int row, int column) {
  const engine::xlsx_cell* c = s.at(row, column);
  EXPECT_TRUE(c && c->number) << "row " << row + 1 << " column " << column + 1;
  return c && c->number ? *c->number : -1;
}

// The workbook: project 3's form has 复核扣分, 复核意见, 复核得分 beside its indicators and
// totals; the summary sheet has the reviewed total and grade of each project.
TEST(Review, WorkbookHasTheReviewersColumns) {
  const std::string path = testing::scratch_dir("review_xlsx") + "/seed.xlsx";
  const auto w = testing::run_cli({"--lang", "zh", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--review",
                                   "fixtures/seed/review.yaml", "--format", "xlsx", "-o", path});
  ASSERT_EQ(0, w.status) << w.err;
  const engine::xlsx_workbook book(path);
  const engine::xlsx_sheet summary = book.sheet(0);
  int row = 0;
  int column = 0;
  ASSERT_TRUE(find_cell(summary, "复核后总分", row, column));
  const int header = row;
  const int reviewed_column = column;
  // Project 3 is the third row under the header: 88.70, 良.
  EXPECT_EQ("3", summary.at(header + 3, 0)->text);
  EXPECT_DOUBLE_EQ(88.70, number_at(summary, header + 3, reviewed_column));
  EXPECT_EQ("良", summary.at(header + 3, reviewed_column + 1)->text);
  ASSERT_TRUE(find_cell(summary, "复核后预算加权平均分", row, column));
  EXPECT_DOUBLE_EQ(94.14, number_at(summary, row, 2));

  const engine::xlsx_sheet form = book.sheet(3);  // 汇总, then projects 1, 2, 3
  // The reviewer's columns follow the form's eleven (the eleventh, 审核提示, the engine's notes).
  ASSERT_TRUE(find_cell(form, "复核扣分", row, column));
  EXPECT_EQ(11, column);
  EXPECT_EQ("审核提示", form.at(row, 10)->text);
  EXPECT_EQ("复核意见", form.at(row, 12)->text);
  EXPECT_EQ("复核得分", form.at(row, 13)->text);
  ASSERT_TRUE(find_cell(form, "干部专项考察活动", row, column));
  EXPECT_DOUBLE_EQ(12.50, number_at(form, row, 6));
  EXPECT_DOUBLE_EQ(2.0, number_at(form, row, 11));
  EXPECT_EQ("佐证材料不全，考察记录缺两次", form.at(row, 12)->text);
  EXPECT_DOUBLE_EQ(10.50, number_at(form, row, 13));
  ASSERT_TRUE(find_cell(form, "自评总分", row, column));
  EXPECT_DOUBLE_EQ(92.56, number_at(form, row, 6));
  EXPECT_DOUBLE_EQ(1.0, number_at(form, row, 11));
  EXPECT_EQ("自评报告未按时报送", form.at(row, 12)->text);
  EXPECT_DOUBLE_EQ(88.70, number_at(form, row, 13));
}

}  // namespace
}  // namespace jixiao
