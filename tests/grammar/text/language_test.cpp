// The message catalog: English source texts, Chinese from the catalog compiled into
// the binary, positional arguments in the translation's own order.
#include <gtest/gtest.h>

#include "grammar/text/language.hpp"

namespace jixiao::text {
namespace {

TEST(Language, EnglishIsTheSourceText) {
  const language_scope english(language::en);
  EXPECT_EQ("jixiao: unknown command 'frob'", trf("jixiao: unknown command '{1}'", "frob"));
}

TEST(Language, ChineseComesFromTheCompiledCatalog) {
  const language_scope chinese(language::zh);
  EXPECT_EQ("jixiao：未知命令“frob”", trf("jixiao: unknown command '{1}'", "frob"));
  EXPECT_EQ("jixiao：--lang xx：应为 zh 或 en", trf("jixiao: --lang {1}: expected zh or en", "xx"));
}

TEST(Language, ArgumentsAreTakenInTheTranslationsOrder) {
  EXPECT_EQ("b before a", format_text("{2} before {1}", {"a", "b"}));
}

TEST(Language, AnUntranslatedTextStaysAsWritten) {
  const language_scope chinese(language::zh);
  EXPECT_EQ("no such text in the catalog", tr("no such text in the catalog"));
}

TEST(Language, EnglishPluralForms) {
  const language_scope english(language::en);
  EXPECT_EQ("1 department", trn("{1} department", "{1} departments", 1).replace(0, 3, "1"));
  EXPECT_EQ("{1} departments", trn("{1} department", "{1} departments", 2));
}

TEST(Language, ThreadScopeOverridesTheProcess) {
  const language_scope chinese(language::zh);
  {
    const thread_language_scope english(language::en);
    EXPECT_EQ(language::en, current_language());
  }
  EXPECT_EQ(language::zh, current_language());
}

TEST(Language, Names) {
  EXPECT_EQ(language::zh, language_named("zh"));
  EXPECT_EQ(language::zh, language_named("zh_CN.UTF-8"));
  EXPECT_EQ(language::en, language_named("en-US"));
  EXPECT_EQ(std::nullopt, language_named("fr"));
  EXPECT_EQ(std::nullopt, language_named("english"));
  EXPECT_EQ(std::nullopt, language_named(""));
}

}  // namespace
}  // namespace jixiao::text
