// The message catalog: English source texts, Chinese from the catalog compiled into
// the binary, positional arguments in the translation's own order.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
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

// The plain sentences of the compiled catalog (no context, no plural), each with its
// translation, read from the .mo file's tables of originals and translations.
std::vector<std::pair<std::string, std::string>> catalog_entries() {
  const std::string_view mo = zh_catalog();
  const auto word = [&](std::size_t at) {
    std::uint32_t value = 0;
    std::memcpy(&value, mo.data() + at, sizeof value);  // the build's msgfmt writes this machine's order
    return value;
  };
  const auto text = [&](std::uint32_t table, std::uint32_t k) {
    return mo.substr(word(table + 8 * k + 4), word(table + 8 * k));
  };
  std::vector<std::pair<std::string, std::string>> entries;
  const std::uint32_t count = word(8);
  const std::uint32_t originals = word(12);
  const std::uint32_t translations = word(16);
  for (std::uint32_t k = 0; k < count; ++k) {
    const std::string_view id = text(originals, k);
    if (id.empty() || id.find('\x04') != id.npos || id.find('\0') != id.npos) continue;
    entries.emplace_back(id, text(translations, k));
  }
  return entries;
}

TEST(Language, EveryCatalogEntryReadsAsTheMoFileTranslatesIt) {
  const auto entries = catalog_entries();
  ASSERT_GT(entries.size(), 300u);
  for (const auto& [id, translation] : entries) {
    {
      const language_scope chinese(language::zh);
      EXPECT_EQ(translation, tr_view(id.c_str())) << id;
      EXPECT_EQ(translation, tr(id.c_str())) << id;
    }
    const language_scope english(language::en);
    EXPECT_EQ(id, tr_view(id.c_str()));
    EXPECT_EQ(translation, tr_in(language::zh, id.c_str())) << id;
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
