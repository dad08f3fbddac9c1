// An error found while building a rule or an actual (a date out of the calendar) is a
// message and a column, said in the language it is written in, not the one it was
// made in.
#include <gtest/gtest.h>

#include "grammar/text/language.hpp"
#include "rules/actual.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"

namespace jixiao::rules {
namespace {

using text::language;
using text::language_scope;

// "2023年13月32日前完成": the date starts at column 1 and its month 13 is no month.
TEST(BuildErrorLanguage, TargetDateMadeInChineseWrittenInEnglish) {
  const scoring_policy policy;
  compile_result compiled;
  {
    const language_scope chinese(language::zh);
    compiled = compile_target("2023年13月32日前完成", policy.synonyms, 2023);
  }
  ASSERT_TRUE(compiled.error);
  EXPECT_EQ(1u, compiled.error->column);
  EXPECT_EQ("expected a month from 1 to 12", compiled.error->message.str());
  const language_scope chinese(language::zh);
  EXPECT_EQ("月份应为 1 至 12", compiled.error->message.str());
}

// "-达成": a minus before a grade; the error's column is 1.
TEST(BuildErrorLanguage, ActualMadeInEnglishWrittenInChinese) {
  const scoring_policy policy;
  const actual_result read = read_actual("-达成", policy.synonyms);
  ASSERT_TRUE(read.error);
  EXPECT_EQ(1u, read.error->column);
  EXPECT_EQ("expected a number after '-'", read.error->message.str());
  const language_scope chinese(language::zh);
  EXPECT_EQ("“-”后应为数字", read.error->message.str());
}

}  // namespace
}  // namespace jixiao::rules
