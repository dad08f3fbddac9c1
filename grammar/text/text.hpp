// Text helpers shared by the parsers and the report writers: UTF-8 decoding
// with validation, folding of full-width forms, and display width.
// This is the one place bytes are read or written as UTF-8 (on ICU's U8_* macros):
// every other layer calls these instead of looking at lead and trail bytes itself.
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

/// U+FFFD, what a surrogate or an invalid sequence becomes where text must stay valid UTF-8.
inline constexpr char32_t replacement_character = 0xFFFD;

/// One code point read at a byte offset, and its length in bytes.
struct decoded_code_point {
  char32_t value = 0;
  std::size_t length = 0;  ///< 0 when the bytes are not well-formed UTF-8
};

/// The code point starting at byte `i` of `text` (i < text.size()). Length 0 when the bytes
/// there are not a well-formed sequence: a trail byte, an overlong form, a surrogate, a value
/// above U+10FFFF, or a sequence cut short.
decoded_code_point decode_code_point(std::string_view text, std::size_t i);

/// The length in bytes of the run of non-ASCII code points starting at byte `i` of
/// `text`, up to the next ASCII byte or the end; 0 when a sequence in it is not
/// well-formed (as decode_code_point). One call for a run of Chinese, not one a character.
std::size_t non_ascii_run(std::string_view text, std::size_t i);

/// Appends `c` as UTF-8; a surrogate or a value above U+10FFFF is appended as U+FFFD.
void append_utf8(std::string& out, char32_t c);

/// Decodes UTF-8 into code points; on invalid input returns nullopt and fills `error`.
std::optional<std::wstring> decode_utf8(std::string_view text, utf8_error* error = nullptr);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

/// A control character and the byte it starts at.
struct control_character {
  std::size_t byte = 0;
  char32_t value = 0;
};

/// The first control character of `text`, valid UTF-8, but for the line ends and tab
/// (LF, CR, NEL, HT): C0, DEL or C1. Nullopt when there is none.
std::optional<control_character> first_control_character(std::string_view text);

/// Encodes code points as UTF-8 (append_utf8 for each).
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

/// The longest prefix of `utf8` of at most `max_bytes` bytes that does not split a code point.
std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes);

/// Text with OOXML's `_xHHHH_` escapes decoded ("_x000D_" is a carriage return, "_x005F_" a
/// literal '_'). An escaped UTF-16 high surrogate followed by an escaped low surrogate is one
/// code point; a lone surrogate becomes U+FFFD. Escapes are decoded once, not again in the result.
std::string decode_ooxml_escapes(std::string_view text);

/// The echo and caret lines under an expression: "  <text>\n  <spaces>^".
std::string caret_lines(std::string_view utf8, std::size_t code_point, std::string_view indent = "  ");

}  // namespace jixiao::grammar
