// The finding kinds' table: a kind's name in the reader's language, the code kept.
#include <gtest/gtest.h>

#include "engine/model/finding_kinds.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {
namespace {

TEST(FindingKinds, NameInTheReadersLanguage) {
  {
    const text::language_scope chinese(text::language::zh);
    EXPECT_EQ("超额完成", finding_kind_name("over_achievement"));
    EXPECT_EQ("偏差原因未说明", finding_kind_name("no_reason"));
  }
  const text::language_scope english(text::language::en);
  EXPECT_EQ("over-achievement", finding_kind_name("over_achievement"));
}

TEST(FindingKinds, EveryDeclaredCodeIsFound) {
  // The table is searched by halves: a row out of order would not be found.
  for (const char* code : {"actual_as_bound", "deferred", "missing_actual", "over_achievement", "weights_sum", "zero_budget"}) {
    ASSERT_NE(nullptr, find_finding_kind(code)) << code;
    EXPECT_EQ(code, find_finding_kind(code)->code);
  }
}

TEST(FindingKinds, AnUndeclaredCodeIsPrintedAsItIs) {
  EXPECT_EQ(nullptr, find_finding_kind("no_such_kind"));
  EXPECT_EQ("no_such_kind", finding_kind_name("no_such_kind"));
}

}  // namespace
}  // namespace jixiao::engine
