// The finding kinds' table: a kind's name in the reader's language, its code kept,
// one severity a kind, and where `check` holds it for an error.
#include <gtest/gtest.h>

#include "grammar/text/language.hpp"
#include "rules/finding_kinds.hpp"

namespace jixiao::rules {
namespace {

TEST(FindingKinds, NameInTheReadersLanguage) {
  {
    const text::language_scope chinese(text::language::zh);
    EXPECT_EQ("超额完成", finding_kind(finding_kind::over_achievement).name());
    EXPECT_EQ("偏差原因未说明", finding_kind_name("no_reason"));
  }
  const text::language_scope english(text::language::en);
  EXPECT_EQ("over-achievement", finding_kind_name("over_achievement"));
}

TEST(FindingKinds, EveryKindIsFoundByItsCode) {
  // The table is searched by halves: a row out of order would not be found.
  for (int k = 0; k < finding_kind::count; ++k) {
    const finding_kind kind(static_cast<finding_kind::value>(k));
    const auto found = finding_kind::named(kind.code());
    ASSERT_TRUE(found.has_value()) << kind;
    EXPECT_EQ(kind, *found);
  }
  EXPECT_EQ("weights_sum", finding_kind(finding_kind::weights_sum).code());
  EXPECT_EQ("actual_as_bound", finding_kind(finding_kind::actual_as_bound).code());
  EXPECT_EQ("zero_budget", finding_kind(finding_kind::zero_budget).code());
}

TEST(FindingKinds, AnUndeclaredCodeIsPrintedAsItIs) {
  EXPECT_FALSE(finding_kind::named("no_such_kind").has_value());
  EXPECT_EQ("no_such_kind", finding_kind_name("no_such_kind"));
}

TEST(FindingKinds, SeverityAndCheckStopAreTheKinds) {
  EXPECT_EQ(severity::note, finding_kind(finding_kind::magnitude_read).severity());
  EXPECT_EQ(severity::note, finding_kind(finding_kind::category_inferred).severity());
  EXPECT_EQ(severity::warning, finding_kind(finding_kind::over_achievement).severity());
  EXPECT_EQ(severity::warning, finding_kind(finding_kind::weights_sum).severity());
  EXPECT_EQ(check_stop::anywhere, finding_kind(finding_kind::weights_sum).stops_check());
  EXPECT_EQ(check_stop::anywhere, finding_kind(finding_kind::duplicate_project).stops_check());
  EXPECT_EQ(check_stop::in_actuals, finding_kind(finding_kind::unit_mismatch).stops_check());
  EXPECT_EQ(check_stop::never, finding_kind(finding_kind::no_reason).stops_check());
}

}  // namespace
}  // namespace jixiao::rules
