// A syntax error is a message and a column, put into words where it is written:
// one made while the language is Chinese reads in English when written under
// English, and the other way round.
#include <gtest/gtest.h>

#include <optional>

#include "grammar/parse.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::grammar {
namespace {

using text::language;
using text::language_scope;

syntax_error target_error(const char* target, language lang) {
  const language_scope made_in(lang);
  const target_parse_result parsed = parse_target(target);
  EXPECT_FALSE(parsed.target);
  return parsed.error.value_or(syntax_error{});
}

// "≥ ≥ 98": after the operator '≥' the grammar expects "a number or a unit"
// (数字或计量单位), and finds the second '≥' at column 3.
TEST(SyntaxErrorLanguage, MadeInChineseWrittenInEnglish) {
  const syntax_error error = target_error("≥ ≥ 98", language::zh);
  const language_scope english(language::en);
  EXPECT_EQ(3u, error.column);
  EXPECT_EQ("expected a number or a unit after '≥'", error.message.str());
  EXPECT_EQ("error: expected a number or a unit after '≥' at column 3\n  ≥ ≥ 98\n    ^",
            format_syntax_error("≥ ≥ 98", error));
}

TEST(SyntaxErrorLanguage, MadeInEnglishWrittenInChinese) {
  const syntax_error error = target_error("≥ ≥ 98", language::en);
  const language_scope chinese(language::zh);
  EXPECT_EQ("“≥”之后应为数字或计量单位", error.message.str());
  EXPECT_EQ("错误：“≥”之后应为数字或计量单位（第 3 列）\n  ≥ ≥ 98\n    ^", format_syntax_error("≥ ≥ 98", error));
}

// A blank text: "expected {1}" with the rule's name as a word translated when written.
TEST(SyntaxErrorLanguage, BlankTargetNamesWhatWasExpectedInTheWritersLanguage) {
  const syntax_error error = target_error("  ", language::en);
  EXPECT_EQ(3u, error.column);
  EXPECT_EQ("expected a target expression", error.message.str());
  const language_scope chinese(language::zh);
  EXPECT_EQ("此处应为目标值表达式", error.message.str());
}

}  // namespace
}  // namespace jixiao::grammar
