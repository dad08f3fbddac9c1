#include "grammar/text/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace jixiao::grammar {

decoded_code_point decode_code_point(std::string_view text, std::size_t i) {
  const auto* const bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t start = i;
  UChar32 c = 0;
  U8_NEXT(bytes, i, text.size(), c);
  if (c < 0) return {};
  return {static_cast<char32_t>(c), i - start};
}

std::size_t non_ascii_run(std::string_view text, std::size_t i) {
  const auto* const bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t start = i;
  while (i < text.size() && bytes[i] >= 0x80) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, text.size(), c);
    if (c < 0) return 0;
  }
  return i - start;
}

void append_utf8(std::string& out, char32_t c) {
  std::uint8_t bytes[U8_MAX_LENGTH];
  std::size_t length = 0;
  UBool error = false;
  U8_APPEND(bytes, length, U8_MAX_LENGTH, c, error);
  if (error) {
    length = 0;
    U8_APPEND_UNSAFE(bytes, length, replacement_character);
  }
  out.append(reinterpret_cast<const char*>(bytes), length);
}

std::optional<std::wstring> decode_utf8(std::string_view text, utf8_error* error) {
  std::wstring out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const decoded_code_point cp = decode_code_point(text, i);
    if (cp.length == 0) {
      if (error) *error = {out.size(), i};
      return std::nullopt;
    }
    out.push_back(static_cast<wchar_t>(cp.value));
    i += cp.length;
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  const auto* const bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t run = non_ascii_run(text, i);
    if (run == 0) return false;
    i += run;
  }
  return true;
}

std::optional<control_character> first_control_character(std::string_view text) {
  const auto* const bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::uint8_t b = bytes[i];
    if (b < 0x80) {
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) return control_character{i, b};
      continue;
    }
    // Among well-formed sequences only C1's start with C2 and go on below A0 (U+0080 to
    // U+009F, the code point being the second byte); NEL (U+0085) ends a line.
    if (b == 0xC2 && i + 1 < text.size() && bytes[i + 1] < 0xA0 && bytes[i + 1] != 0x85) {
      return control_character{i, bytes[i + 1]};
    }
  }
  return std::nullopt;
}

std::string encode_utf8(std::wstring_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const wchar_t c : text) append_utf8(out, static_cast<char32_t>(c));
  return out;
}

std::wstring fold_width(std::wstring text) {
  for (wchar_t& c : text) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      c = static_cast<wchar_t>(c - 0xFF01 + 0x21);
    } else if (c == 0x3000 || c == L'\t' || c == 0x00A0) {
      c = L' ';
    } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
               c == 0x2015 || c == 0x2212) {
      c = L'-';
    } else if (c == 0x301C) {
      c = L'~';
    }
  }
  return text;
}

int display_width(wchar_t c) {
  const auto width = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

int display_width(std::string_view utf8) {
  int width = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const decoded_code_point cp = decode_code_point(utf8, i);
    width += cp.length == 0 ? 1 : display_width(static_cast<wchar_t>(cp.value));
    i += cp.length == 0 ? 1 : cp.length;
  }
  return width;
}

std::size_t code_point_count(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) {
    if (!U8_IS_TRAIL(c)) ++n;
  }
  return n;
}

std::size_t byte_offset_of(std::string_view utf8, std::size_t code_point) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (!U8_IS_TRAIL(utf8[i])) {
      if (seen == code_point) return i;
      ++seen;
    }
  }
  return utf8.size();
}

std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8;
  std::size_t cut = max_bytes;
  while (cut > 0 && U8_IS_TRAIL(utf8[cut])) --cut;
  return utf8.substr(0, cut);
}

namespace {

// The value of "_xHHHH_" at text[i] (four hex digits, either case), or nullopt.
std::optional<char32_t> ooxml_escape_at(std::string_view text, std::size_t i) {
  if (i + 6 >= text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return std::nullopt;
  char32_t value = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const char c = text[k];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  return value;
}

}  // namespace

std::string decode_ooxml_escapes(std::string_view text) {
  constexpr std::size_t escape_length = 7;  // "_xHHHH_"
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::optional<char32_t> unit = ooxml_escape_at(text, i);
    if (!unit) {
      out.push_back(text[i++]);
      continue;
    }
    i += escape_length;
    char32_t c = *unit;
    if (U16_IS_LEAD(c)) {
      const std::optional<char32_t> trail = ooxml_escape_at(text, i);
      if (trail && U16_IS_TRAIL(*trail)) {
        c = static_cast<char32_t>(U16_GET_SUPPLEMENTARY(c, *trail));
        i += escape_length;
      }
    }
    append_utf8(out, c);  // a surrogate left alone becomes U+FFFD
  }
  return out;
}

std::string caret_lines(std::string_view utf8, std::size_t code_point, std::string_view indent) {
  const std::size_t cut = byte_offset_of(utf8, code_point);
  std::string out;
  out.append(indent).append(utf8).push_back('\n');
  out.append(indent).append(static_cast<std::size_t>(display_width(utf8.substr(0, cut))), ' ');
  out.push_back('^');
  return out;
}

}  // namespace jixiao::grammar
