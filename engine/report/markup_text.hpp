// Text made safe for the XML-based outputs (the xlsx workbook, the HTML report):
// valid UTF-8 without the characters XML 1.0 forbids, escaping, UTF-16 lengths.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/text/text.hpp"

namespace jixiao::engine {

/// `text` as valid XML 1.0 character data: invalid UTF-8, U+FFFE and U+FFFF become U+FFFD,
/// CR LF and CR become LF, other control characters except tab and LF are dropped; never throws.
std::string xml_safe(std::string_view text);

/// xml_safe(text) with & < > " ' escaped, for element text and attribute values alike.
std::string escape_xml(std::string_view text);

/// Length of xml_safe(text) in UTF-16 code units, as Excel counts a sheet name or a cell.
std::size_t utf16_length(std::string_view text);

/// The longest prefix of xml_safe(text) of at most `max_units` UTF-16 units, cut between code points.
std::string cut_utf16(std::string_view text, std::size_t max_units);

/// Code points of xml_safe(text), each with its UTF-8 bytes, for measuring and cutting.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit);

template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  const std::string safe = xml_safe(text);
  for (std::size_t i = 0; i < safe.size();) {
    const grammar::decoded_code_point cp = grammar::decode_code_point(safe, i);  // valid: xml_safe made it so
    visit(cp.value, std::string_view(safe).substr(i, cp.length));
    i += cp.length;
  }
}

}  // namespace jixiao::engine
