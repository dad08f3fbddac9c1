#include "engine/report/markup_text.hpp"

#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

constexpr char32_t replacement = 0xFFFD;

void append_utf8(std::string& out, char32_t c) {
  const wchar_t wide = static_cast<wchar_t>(c);
  out += grammar::encode_utf8(std::wstring_view(&wide, 1));
}

}  // namespace

namespace detail {

std::pair<char32_t, std::size_t> decode_one(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  // Sequence length, the lead byte's payload bits, and the smallest code point of that
  // length (anything below is an overlong form).
  struct form {
    std::size_t length;
    unsigned char payload;
    char32_t smallest;
  };
  form f{};
  if (lead >= 0xC2 && lead <= 0xDF) f = {2, 0x1F, 0x80};
  else if (lead >= 0xE0 && lead <= 0xEF) f = {3, 0x0F, 0x800};
  else if (lead >= 0xF0 && lead <= 0xF4) f = {4, 0x07, 0x10000};
  else return {replacement, 1};
  const std::size_t length = f.length;
  const char32_t smallest = f.smallest;
  char32_t c = lead & f.payload;
  if (i + length > text.size()) return {replacement, 1};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {replacement, 1};
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  if (c < smallest || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return {replacement, 1};
  return {c, length};
}

}  // namespace detail

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = detail::decode_one(text, i);
    i += length;
    if (c == '\r') {
      if (i < text.size() && text[i] == '\n') continue;  // CR LF: one LF, at the LF
      c = '\n';
    }
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) continue;
    if (c == 0xFFFE || c == 0xFFFF) c = replacement;
    append_utf8(out, c);
  }
  return out;
}

std::string escape_xml(std::string_view text) {
  const std::string safe = xml_safe(text);
  std::string out;
  out.reserve(safe.size());
  for (const char c : safe) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for_each_code_point(text, [&](char32_t c, std::string_view) { units += c >= 0x10000 ? 2 : 1; });
  return units;
}

std::string cut_utf16(std::string_view text, std::size_t max_units) {
  std::string out;
  std::size_t units = 0;
  bool full = false;
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    const std::size_t more = c >= 0x10000 ? 2 : 1;
    if (full || units + more > max_units) {
      full = true;
      return;
    }
    units += more;
    out += bytes;
  });
  return out;
}

}  // namespace jixiao::engine
