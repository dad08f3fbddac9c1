// An input error is data: the file, line, column and field, and a message put into
// words where it is written. format_input_error(e) and e.message().str() write it in
// the language current when they are called; e.what() writes it in the language
// current at its FIRST call and keeps that text (what() hands out a pointer), so an
// error is written with what() only where it is written once, at the edge.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {
namespace {

using text::language;
using text::language_scope;

std::optional<input_error> targets_error(const std::string& yaml, language lang) {
  const language_scope made_in(lang);
  try {
    load_targets(yaml_document::parse(yaml, "targets.yaml"), rules::scoring_policy{});
  } catch (const input_error& e) {
    return e;
  }
  return std::nullopt;
}

// "    budget: 很多": the value starts at column 13 of line 5; the number is missing.
const std::string bad_budget =
    "year: 2023\nprojects:\n  - id: \"1\"\n    name: 设备购置经费\n    budget: 很多\n    indicators:\n"
    "      - {name: 满意率, target: \"≥ % 98\"}\n";

TEST(InputErrorLanguage, LoadedInChineseWrittenInEnglish) {
  const auto error = targets_error(bad_budget, language::zh);
  ASSERT_TRUE(error);
  const language_scope english(language::en);
  EXPECT_EQ("targets.yaml", error->file());
  EXPECT_EQ(5, error->line());
  EXPECT_EQ(13, error->column());
  EXPECT_EQ("projects.\"1\".budget", error->field());
  EXPECT_EQ("expected a number, found '很多'", error->message().str());
  EXPECT_EQ("targets.yaml:5:13: projects.\"1\".budget: expected a number, found '很多'", format_input_error(*error));
}

TEST(InputErrorLanguage, LoadedInEnglishWrittenInChinese) {
  const auto error = targets_error(bad_budget, language::en);
  ASSERT_TRUE(error);
  const language_scope chinese(language::zh);
  EXPECT_EQ("此处应为数字，实际为“很多”", error->message().str());
  EXPECT_EQ("targets.yaml:5:13: projects.\"1\".budget: 此处应为数字，实际为“很多”", format_input_error(*error));
}

// what() keeps the words of its first call: here Chinese, though English is current after.
TEST(InputErrorLanguage, WhatKeepsTheLanguageOfItsFirstCall) {
  const auto error = targets_error(bad_budget, language::en);
  ASSERT_TRUE(error);
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("targets.yaml:5:13: projects.\"1\".budget: 此处应为数字，实际为“很多”", std::string(error->what()));
  }
  const language_scope english(language::en);
  EXPECT_EQ("targets.yaml:5:13: projects.\"1\".budget: 此处应为数字，实际为“很多”", std::string(error->what()));
  EXPECT_EQ("targets.yaml:5:13: projects.\"1\".budget: expected a number, found '很多'", format_input_error(*error));
}

// A syntax error inside a target is kept as data inside the file's error: both are
// said in the language the error is written in.
TEST(InputErrorLanguage, SyntaxErrorInsideAFieldFollowsTheWritersLanguage) {
  const std::string yaml =
      "year: 2023\nprojects:\n  - id: \"1\"\n    name: 设备购置经费\n    budget: 24\n    indicators:\n"
      "      - name: 满意率\n        target: \"≥ % 九十八\"\n";
  const auto error = targets_error(yaml, language::en);
  ASSERT_TRUE(error);
  {
    const language_scope chinese(language::zh);
    EXPECT_EQ("targets.yaml:8:22: projects.\"1\".indicators.满意率.target: 此处应为数字，实际为“九”（表达式第 5 列）\n"
              " | ≥ % 九十八\n"
              " |     ^",
              format_input_error(*error));
  }
  const language_scope english(language::en);
  EXPECT_EQ("targets.yaml:8:22: projects.\"1\".indicators.满意率.target: expected a number, found '九' "
            "(column 5 of the expression)\n"
            " | ≥ % 九十八\n"
            " |     ^",
            format_input_error(*error));
}

}  // namespace
}  // namespace jixiao::engine
