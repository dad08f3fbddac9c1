#include "grammar/text/language.hpp"

#include <atomic>
#include <boost/locale/format.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>
#include <locale>
#include <vector>

#include "grammar/text/catalog_data.hpp"

namespace jixiao::text {

namespace {

std::atomic<language> process_language{language::zh};
thread_local std::optional<language> thread_language;

// A locale carrying the catalog of `lang`, read from the bytes compiled into the
// binary (the build's msgfmt output), never from the file system.
std::locale make_locale(language lang) {
  namespace gg = boost::locale::gnu_gettext;
  gg::messages_info info;
  info.language = language_code(lang);
  info.country = lang == language::zh ? "CN" : "US";
  info.encoding = "UTF-8";
  info.paths = {"/"};
  info.domains = {gg::messages_info::domain("jixiao")};
  info.callback = [lang](const std::string& /*file*/, const std::string& /*encoding*/) {
    if (lang != language::zh) return std::vector<char>();  // English is the source text
    const std::string_view mo = zh_catalog();
    return std::vector<char>(mo.begin(), mo.end());
  };
  std::locale base = std::locale::classic();
  return std::locale(base, gg::create_messages_facet<char>(info));
}

const std::locale& locale_of(language lang) {
  static const std::locale zh = make_locale(language::zh);
  static const std::locale en = make_locale(language::en);
  return lang == language::zh ? zh : en;
}

// Each locale's catalog, looked up once: std::use_facet is a dynamic cast.
const boost::locale::message_format<char>& catalog_of(language lang) {
  using catalog = boost::locale::message_format<char>;
  static const catalog& zh = std::use_facet<catalog>(locale_of(language::zh));
  static const catalog& en = std::use_facet<catalog>(locale_of(language::en));
  return lang == language::zh ? zh : en;
}

// As Boost.Locale's basic_message::str reads the catalog (domain 0, no context), but
// keeping the catalog's pointer rather than copying it. The source texts are ASCII
// and the catalogs UTF-8, so an untranslated text is its msgid as it is.
std::string_view view_in(language lang, const char* msgid) {
  if (*msgid == '\0') return {};
  const char* translated = catalog_of(lang).get(0, nullptr, msgid);
  return translated ? translated : msgid;
}

}  // namespace

void set_language(language lang) { process_language.store(lang, std::memory_order_relaxed); }

language current_language() {
  return thread_language ? *thread_language : process_language.load(std::memory_order_relaxed);
}

language_scope::language_scope(language lang) : before_(process_language.load()) { set_language(lang); }

language_scope::~language_scope() { set_language(before_); }

thread_language_scope::thread_language_scope(language lang) : before_(thread_language) { thread_language = lang; }

thread_language_scope::~thread_language_scope() { thread_language = before_; }

std::optional<language> language_named(std::string_view name) {
  const std::string_view code = name.substr(0, 2);
  if (name.size() != 2 && (name.size() < 3 || (name[2] != '_' && name[2] != '-' && name[2] != '.'))) return std::nullopt;
  if (code == "zh") return language::zh;
  if (code == "en") return language::en;
  return std::nullopt;
}

const char* language_code(language lang) { return lang == language::zh ? "zh" : "en"; }

std::string tr(const char* msgid) { return std::string(tr_view(msgid)); }

// tests/grammar: tr_view reads the .mo file's translation of every entry.
std::string_view tr_view(const char* msgid) { return view_in(current_language(), msgid); }

std::string tr_in(language lang, const char* msgid) { return std::string(view_in(lang, msgid)); }

std::string trn(const char* singular, const char* plural, long n) {
  return boost::locale::translate(singular, plural, n).str(locale_of(current_language()));
}

std::string format_text(const std::string& pattern, std::initializer_list<std::string_view> args) {
  boost::locale::format message(pattern);
  for (const std::string_view& arg : args) message % arg;  // format keeps references
  return message.str(locale_of(current_language()));
}

}  // namespace jixiao::text
