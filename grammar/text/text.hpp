// Text helpers shared by the parsers and the report writers: UTF-8 decoding
// with validation, folding of full-width forms, and display width.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::grammar {

static_assert(sizeof(wchar_t) == 4, "jixiao parses UTF-32 wide strings");

/// Where decoding stopped on invalid UTF-8: the code point index (0-based) and byte offset.
struct utf8_error {
  std::size_t code_point = 0;
  std::size_t byte = 0;
};

/// Decodes UTF-8 into code points; on invalid input returns nullopt and fills `error`.
std::optional<std::wstring> decode_utf8(std::string_view text, utf8_error* error = nullptr);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

std::string encode_utf8(std::wstring_view text);

/// Folds full-width ASCII forms, the ideographic space, tabs and dash variants to their
/// half-width ASCII counterparts, one code point for one, so offsets are kept.
std::wstring fold_width(std::wstring text);

/// Terminal columns a code point takes: 2 for wide and full-width characters, else 1.
int display_width(wchar_t c);

/// Display width of a UTF-8 string (invalid bytes count one column each).
int display_width(std::string_view utf8);

/// Number of code points in valid UTF-8 text.
std::size_t code_point_count(std::string_view utf8);

/// Byte offset in `utf8` of the code point with index `code_point` (size() if past the end).
std::size_t byte_offset_of(std::string_view utf8, std::size_t code_point);

/// The echo and caret lines under an expression: "  <text>\n  <spaces>^".
std::string caret_lines(std::string_view utf8, std::size_t code_point, std::string_view indent = "  ");

}  // namespace jixiao::grammar
