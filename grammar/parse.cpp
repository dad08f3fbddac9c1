#include "grammar/parse.hpp"

#include <algorithm>
#include <array>
#include <variant>

#include "grammar/target_parser.hpp"
#include "grammar/text/text.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::grammar {

namespace {

bool is_space(wchar_t c) { return c == L' ' || c == L'\t' || c == 0x3000 || c == 0x00A0; }
bool is_han(wchar_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }
bool is_chinese_numeral(wchar_t c) { return std::wstring_view(L"零一二三四五六七八九十百千两").find(c) != std::wstring_view::npos; }

enum class char_class { han, word, other };
char_class class_of(wchar_t c) {
  if (is_han(c)) return char_class::han;
  if ((c >= L'0' && c <= L'9') || (c >= L'a' && c <= L'z') || (c >= L'A' && c <= L'Z') || c == L'.' || c == L',') {
    return char_class::word;
  }
  return char_class::other;
}

// The token that ends just before `offset`: a run of Han characters, of digits and
// letters, or one other character.
std::wstring token_before(const std::wstring& text, std::size_t offset) {
  std::size_t end = std::min(offset, text.size());
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end == 0) return {};
  const char_class kind = class_of(text[end - 1]);
  std::size_t begin = end - 1;
  if (kind != char_class::other) {
    while (begin > 0 && class_of(text[begin - 1]) == kind) --begin;
  }
  return text.substr(begin, end - begin);
}

bool is_blank(const std::wstring& text) {
  return std::all_of(text.begin(), text.end(), is_space);
}

bool is_non_finite_word(const std::wstring& folded) {
  std::wstring word;
  for (wchar_t c : folded) {
    if (!is_space(c)) word.push_back(static_cast<wchar_t>(c >= L'A' && c <= L'Z' ? c - L'A' + L'a' : c));
  }
  if (!word.empty() && (word[0] == L'+' || word[0] == L'-')) word.erase(0, 1);
  static const std::array<std::wstring, 5> words = {L"nan", L".nan", L"inf", L".inf", L"infinity"};
  return std::find(words.begin(), words.end(), word) != words.end();
}

// What the grammar expected: a rule's name (N_ in the parsers), put into the
// reader's language when the error is written.
text::argument expected_arg(const std::string& expected) {
  return text::rendered_text{expected, [](std::string_view name) { return text::tr(std::string(name).c_str()); }};
}

syntax_error error_from_failure(const std::wstring& original, const parser::syntax_failure& failure,
                                const char* what) {
  std::size_t at = failure.offset;
  while (at < original.size() && is_space(original[at])) ++at;
  const std::string found = at < original.size() ? encode_utf8(original.substr(at, 1)) : std::string();
  if (!found.empty() && is_chinese_numeral(original[at])) {
    return {at + 1, text::message(N_("expected a number, found '{1}'"), found)};
  }
  const text::argument expected = expected_arg(failure.expected);
  if (at == 0 && failure.expected == what) {
    return {1, found.empty() ? text::message(N_("expected {1}"), expected)
                             : text::message(N_("expected {1}, found '{2}'"), expected, found)};
  }
  const std::string before = encode_utf8(token_before(original, failure.offset));
  const bool show_found = failure.expected.rfind("the end", 0) == 0 && !found.empty();
  if (before.empty()) {
    return {at + 1, show_found ? text::message(N_("expected {1}, found '{2}'"), expected, found)
                               : text::message(N_("expected {1}"), expected)};
  }
  return {at + 1, show_found ? text::message(N_("expected {1} after '{2}', found '{3}'"), expected, before, found)
                             : text::message(N_("expected {1} after '{2}'"), expected, before)};
}

// Shared front: UTF-8 check, blank check, folding.
template <typename Result, typename Parse>
Result parse_text(std::string_view utf8, const char* what, Parse parse) {
  Result result;
  utf8_error bad;
  const auto decoded = decode_utf8(utf8, &bad);
  if (!decoded) {
    result.error = syntax_error{bad.code_point + 1, text::message(N_("invalid UTF-8 at byte {1}"), text::message_arg::whole(static_cast<long long>(bad.byte + 1)))};
    return result;
  }
  if (is_blank(*decoded)) {
    result.error = syntax_error{decoded->size() + 1, text::message(N_("expected {1}"), text::message_arg::label(what))};
    return result;
  }
  const std::wstring folded = fold_width(*decoded);
  auto outcome = parse(*decoded, folded);
  if (auto* failure = std::get_if<parser::syntax_failure>(&outcome)) {
    result.error = error_from_failure(*decoded, *failure, what);
  } else {
    result.error.reset();
    using value_type = std::decay_t<decltype(std::get<0>(outcome))>;
    if constexpr (std::is_same_v<value_type, ast::target>) {
      result.target = std::get<0>(std::move(outcome));
    } else {
      result.actual = std::get<0>(std::move(outcome));
    }
  }
  return result;
}

}  // namespace

target_parse_result parse_target(std::string_view utf8) {
  return parse_text<target_parse_result>(utf8, N_("a target expression"), parser::parse_target_text);
}

actual_parse_result parse_actual(std::string_view utf8) {
  if (is_valid_utf8(utf8)) {
    if (const auto decoded = decode_utf8(utf8); decoded && is_non_finite_word(fold_width(*decoded))) {
      std::size_t at = 0;
      while (at < decoded->size() && is_space((*decoded)[at])) ++at;
      std::string word(utf8.substr(byte_offset_of(utf8, at)));
      while (!word.empty() && word.back() == ' ') word.pop_back();
      return {std::nullopt, syntax_error{at + 1, text::message(N_("expected a number, found '{1}'"), word)}};
    }
  }
  return parse_text<actual_parse_result>(utf8, N_("a value"), parser::parse_actual_text);
}

std::string format_syntax_error(std::string_view utf8, const syntax_error& error) {
  std::string out = text::trf("error: {1} at column {2}", error.message.str(), std::to_string(error.column)) + "\n";
  if (is_valid_utf8(utf8)) {
    out += caret_lines(utf8, error.column - 1);
  } else {
    // Echo only the valid part before the bad byte, so the terminal is not fed raw bytes.
    const std::string valid(utf8.substr(0, byte_offset_of(utf8, error.column - 1)));
    out += caret_lines(is_valid_utf8(valid) ? valid : std::string(), error.column - 1);
  }
  return out;
}

}  // namespace jixiao::grammar
