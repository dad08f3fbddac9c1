// The message catalog: English source texts, Chinese from the catalog compiled into
// the binary, positional arguments in the translation's own order.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "grammar/text/catalog_data.hpp"
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

// The msgids of the compiled catalog that are plain sentences (no context, no
// plural), read from the .mo file's table of originals.
std::vector<std::string> catalog_msgids() {
  const std::string_view mo = zh_catalog();
  const auto word = [&](std::size_t at) {
    std::uint32_t value = 0;
    std::memcpy(&value, mo.data() + at, sizeof value);  // the build's msgfmt writes this machine's order
    return value;
  };
  std::vector<std::string> ids;
  const std::uint32_t count = word(8);
  const std::uint32_t originals = word(12);
  for (std::uint32_t k = 0; k < count; ++k) {
    const std::string_view id = mo.substr(word(originals + 8 * k + 4), word(originals + 8 * k));
    if (id.empty() || id.find('\x04') != id.npos || id.find('\0') != id.npos) continue;
    ids.emplace_back(id);
  }
  return ids;
}

TEST(Language, TrViewReadsAsTrForEveryCatalogEntry) {
  const std::vector<std::string> ids = catalog_msgids();
  ASSERT_GT(ids.size(), 300u);
  for (const language lang : {language::zh, language::en}) {
    const language_scope scope(lang);
    for (const std::string& id : ids) EXPECT_EQ(tr(id.c_str()), tr_view(id.c_str())) << id;
  }
}

TEST(Language, TrViewKeepsTheCatalogsTextWithoutACopy) {
  const char* untranslated = "no such text in the catalog";
  const language_scope chinese(language::zh);
  EXPECT_EQ("jixiao：未知命令“{1}”", tr_view("jixiao: unknown command '{1}'"));
  EXPECT_EQ(tr_view("jixiao: unknown command '{1}'").data(), tr_view("jixiao: unknown command '{1}'").data());
  EXPECT_EQ(untranslated, tr_view(untranslated).data());
  EXPECT_EQ("", tr_view(""));
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
