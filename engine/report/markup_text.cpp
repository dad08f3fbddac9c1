#include "engine/report/markup_text.hpp"

#include "grammar/text/text.hpp"

namespace jixiao::engine {

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const grammar::decoded_code_point cp = grammar::decode_code_point(text, i);
    char32_t c = cp.length == 0 ? grammar::replacement_character : cp.value;  // one U+FFFD a bad byte
    i += cp.length == 0 ? 1 : cp.length;
    if (c == '\r') {
      if (i < text.size() && text[i] == '\n') continue;  // CR LF: one LF, at the LF
      c = '\n';
    }
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) continue;
    if (c == 0xFFFE || c == 0xFFFF) c = grammar::replacement_character;
    grammar::append_utf8(out, c);
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
