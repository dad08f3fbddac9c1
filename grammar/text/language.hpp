// The reader's language (SCORING.md section 7): every word a person reads comes from
// a gettext catalog through Boost.Locale. The source texts are English; the Chinese
// catalog (po/zh_CN/*.po, compiled into the binary) translates them. Chinese is the
// default; `--lang en` asks for English. Codes that are data (finding kinds in JSON,
// exit statuses) never change with the language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Marks a text for the catalog where it is only named, not translated yet (tables).
#define N_(text) text

namespace jixiao::text {

enum class language { zh, en };

/// The language of everything written from now on, process-wide (the CLI sets it
/// from --lang with a language_scope; the test program pins English).
void set_language(language lang);
/// This thread's language when one was set for it (a server's request), else the
/// process's.
language current_language();

/// "zh" / "en" (also "zh_CN", "zh-CN", "en_US", …); nullopt for any other.
std::optional<language> language_named(std::string_view name);
/// "zh" / "en".
const char* language_code(language lang);

/// `msgid` (English) in the current language.
std::string tr(const char* msgid);
/// The same, without a copy: a view of the catalog's text, or of `msgid` when the
/// catalog has none (a writer renders a message for every finding and explanation).
std::string_view tr_view(const char* msgid);
/// `msgid` in `lang`, whatever the current language (reading a word back).
std::string tr_in(language lang, const char* msgid);
/// The plural form for `n` of `singular`/`plural` in the current language.
std::string trn(const char* singular, const char* plural, long n);

/// A whole sentence with positional arguments {1}, {2}, … (each already formatted:
/// numbers are written by the caller, never by the locale), translated first.
std::string format_text(const std::string& pattern, std::initializer_list<std::string_view> args);

template <typename... Args>
std::string trf(const char* msgid, const Args&... args) {
  return format_text(tr(msgid), {std::string_view(args)...});
}

/// Sets the process's language for a scope (one command) and restores the one before.
class language_scope {
 public:
  explicit language_scope(language lang);
  ~language_scope();
  language_scope(const language_scope&) = delete;
  language_scope& operator=(const language_scope&) = delete;

 private:
  language before_;
};

/// Sets this thread's language for a scope (one request of a server), over the
/// process's.
class thread_language_scope {
 public:
  explicit thread_language_scope(language lang);
  ~thread_language_scope();
  thread_language_scope(const thread_language_scope&) = delete;
  thread_language_scope& operator=(const thread_language_scope&) = delete;

 private:
  std::optional<language> before_;
};

}  // namespace jixiao::text
