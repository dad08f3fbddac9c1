#include "engine/yaml/yaml_scalar.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

// Code points a plain scalar may not hold: YAML line breaks, the byte order mark, C1 controls.
bool special_non_ascii(wchar_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

// ASCII characters a plain scalar may hold anywhere but first: none of YAML's
// indicators (: # , [ ] { } ' " ! & * | > ? @ `) nor backslash.
bool plain_ascii(wchar_t c) {
  return std::isalnum(static_cast<int>(c)) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' ||
         c == ')' || c == '/' || c == '+' || c == '%';
}

bool reserved_word(const std::string& text) {
  std::string lower = text;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* word : {"null", "true", "false", "yes", "no", "on", "off", "y", "n"}) {
    if (lower == word) return true;
  }
  return false;
}

std::string unicode_escape(wchar_t c) {
  char buffer[12];
  std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
  return buffer;
}

}  // namespace

std::string yaml_quoted(const std::string& text) {
  const auto decoded = grammar::decode_utf8(text);
  std::string out = "\"";
  if (!decoded) {  // not UTF-8: escape every byte above ASCII rather than write it raw
    for (unsigned char c : text) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += c < 0x80 && c >= 0x20 && c != '"' && c != '\\' ? std::string(1, static_cast<char>(c)) : buffer;
    }
    return out + "\"";
  }
  for (const wchar_t c : *decoded) {
    switch (c) {
      case L'"': out += "\\\""; break;
      case L'\\': out += "\\\\"; break;
      case L'\n': out += "\\n"; break;
      case L'\t': out += "\\t"; break;
      case L'\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F || special_non_ascii(c)) {
          out += unicode_escape(c);
        } else {
          out += grammar::encode_utf8(std::wstring_view(&c, 1));
        }
    }
  }
  return out + "\"";
}

std::string yaml_scalar(const std::string& text) {
  const auto decoded = grammar::decode_utf8(text);
  if (!decoded || decoded->empty() || reserved_word(text)) return yaml_quoted(text);
  const std::wstring& s = *decoded;
  const wchar_t first = s.front();
  const bool first_ok = first >= 0x80 ? !special_non_ascii(first) : std::isalpha(static_cast<int>(first)) != 0;
  if (!first_ok || s.back() == L' ') return yaml_quoted(text);
  for (const wchar_t c : s) {
    if (c >= 0x80 ? special_non_ascii(c) || c == 0x3000 : !plain_ascii(c)) return yaml_quoted(text);
  }
  return text;
}

std::string comment_text(const std::string& text) {
  std::string out = text;
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\r', ' ');
  return out;
}

}  // namespace jixiao::engine
