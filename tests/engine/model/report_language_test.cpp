// The project lines' words in the reader's language: the budget, total and review
// lines keep their figures and operators, only the words change.
#include <gtest/gtest.h>

#include "engine/model/report.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {
namespace {

using text::language;
using text::language_scope;

// Indicators 90.00, budget 10 × 23.6 / 24 = 9.8333… → 9.83, points 99.83.
project_entry scored_project() {
  project_entry p;
  p.budget = 24;
  p.spent = 23.6;
  p.budget_weight = 10;
  p.budget_score = 9.83;
  p.indicator_points = 90;
  p.points = 99.83;
  p.total = 99.83;
  return p;
}

TEST(ReportLanguage, TotalLine) {
  const project_entry p = scored_project();
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("指标 90.00 + 预算执行 9.83 = 99.83", p.total_explain());
  }
  const language_scope english(language::en);
  EXPECT_EQ("indicators 90.00 + budget 9.83 = 99.83", p.total_explain());
}

TEST(ReportLanguage, BudgetLine) {
  project_entry p = scored_project();
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("10 × 23.6 / 24 = 9.83", p.budget_explain());  // no words: the same in both
    p.spent.reset();
    EXPECT_EQ("未填报全年执行数 → 0.00", p.budget_explain());
    p.spent = 0;
    p.budget = 0;
    EXPECT_EQ("预算数为 0，无法计算执行率 → 0.00", p.budget_explain());
  }
  const language_scope english(language::en);
  EXPECT_EQ("budget 0: no execution rate → 0.00", p.budget_explain());
  p.spent.reset();
  EXPECT_EQ("no spent → 0.00", p.budget_explain());
}

// The review takes 1.00 from the total 99.83: 98.83; and 2.00 from indicator 0's 8.00: 6.00
// (the review's points are its own; the lines only show them).
TEST(ReportLanguage, ReviewLines) {
  project_entry p = scored_project();
  indicator_entry first{};
  first.score = 8;
  p.indicators = decltype(p.indicators)(&first, &first + 1);
  project_review_entry r;
  r.indicators.resize(1);
  r.indicators[0] = {true, 2, text_ref::borrow("佐证不足"), 6};
  r.reviewed_points = 97.83;
  r.before_deduction = 97.83;
  r.deduction = {true, 1, text_ref::borrow("未按时报送"), 96.83};
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("8.00 − 2.00 (复核扣分: 佐证不足) = 6.00", r.indicator_explain(p, 0));
    EXPECT_EQ("指标 88.00 + 预算执行 9.83 = 97.83; 97.83 − 1.00 (复核扣分: 未按时报送) = 96.83", r.explain(p));
  }
  const language_scope english(language::en);
  EXPECT_EQ("8.00 − 2.00 (review deduction: 佐证不足) = 6.00", r.indicator_explain(p, 0));
  EXPECT_EQ("indicators 88.00 + budget 9.83 = 97.83; 97.83 − 1.00 (review deduction: 未按时报送) = 96.83", r.explain(p));
}

}  // namespace
}  // namespace jixiao::engine
