#include "grammar/text/text.hpp"

#include <unicode/uchar.h>

namespace jixiao::grammar {

namespace {

// Returns the length of the UTF-8 sequence starting at `s[i]` and its code point,
// or 0 when the bytes there are not a valid, shortest-form sequence.
std::size_t decode_one(std::string_view s, std::size_t i, char32_t& out) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  std::size_t len = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    out = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_length[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  out = cp;
  return len;
}

}  // namespace

std::optional<std::wstring> decode_utf8(std::string_view text, utf8_error* error) {
  std::wstring out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t len = decode_one(text, i, cp);
    if (len == 0) {
      if (error) *error = {out.size(), i};
      return std::nullopt;
    }
    out.push_back(static_cast<wchar_t>(cp));
    i += len;
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t len = decode_one(text, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string encode_utf8(std::wstring_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (wchar_t wc : text) {
    const auto c = static_cast<char32_t>(wc);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
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
    char32_t cp = 0;
    const std::size_t len = decode_one(utf8, i, cp);
    width += len == 0 ? 1 : display_width(static_cast<wchar_t>(cp));
    i += len == 0 ? 1 : len;
  }
  return width;
}

std::size_t code_point_count(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::size_t byte_offset_of(std::string_view utf8, std::size_t code_point) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
      if (seen == code_point) return i;
      ++seen;
    }
  }
  return utf8.size();
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
