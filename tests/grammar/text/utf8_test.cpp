// The UTF-8 module: decoding one code point with validation, appending one, the byte
// where invalid text stops, counting, cutting, and OOXML's _xHHHH_ escapes.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "grammar/parse.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::grammar {
namespace {

::testing::AssertionResult decodes_to(std::string_view bytes, char32_t value, std::size_t length) {
  const decoded_code_point cp = decode_code_point(bytes, 0);
  if (cp.value == value && cp.length == length) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "got U+" << std::hex << static_cast<unsigned>(cp.value) << std::dec
                                       << ", " << cp.length << " bytes";
}

TEST(Utf8, DecodesOneCodePointOfEachLength) {
  EXPECT_TRUE(decodes_to("a", 0x61, 1));
  EXPECT_TRUE(decodes_to("\xC3\xA9", 0xE9, 2));               // é
  EXPECT_TRUE(decodes_to("\xE7\xBB\xA9x", 0x7EE9, 3));        // 绩, the 'x' not read
  EXPECT_TRUE(decodes_to("\xF0\x9F\x98\x80", 0x1F600, 4));    // 😀
  EXPECT_TRUE(decodes_to("\xF4\x8F\xBF\xBF", 0x10FFFF, 4));   // the last code point
  EXPECT_EQ(0x6548u, decode_code_point("绩效", 3).value);       // 效 at byte 3
}

TEST(Utf8, RefusesWhatIsNotWellFormed) {
  EXPECT_EQ(0u, decode_code_point("\x80", 0).length);              // a trail byte alone
  EXPECT_EQ(0u, decode_code_point("\xC0\x80", 0).length);          // overlong NUL
  EXPECT_EQ(0u, decode_code_point("\xE0\x9F\xBF", 0).length);      // overlong U+07FF
  EXPECT_EQ(0u, decode_code_point("\xED\xA0\xBD", 0).length);      // the surrogate U+D83D
  EXPECT_EQ(0u, decode_code_point("\xF4\x90\x80\x80", 0).length);  // U+110000
  EXPECT_EQ(0u, decode_code_point("\xE7\xBB", 0).length);          // cut short
  EXPECT_EQ(0u, decode_code_point("\xFF", 0).length);
}

TEST(Utf8, MeasuresARunOfNonAsciiUpToTheNextAsciiByte) {
  EXPECT_EQ(6u, non_ascii_run("绩效", 0));
  EXPECT_EQ(3u, non_ascii_run("≥ 98", 0));
  EXPECT_EQ(6u, non_ascii_run("产出/数量", 0));                           // 产出, up to '/'
  EXPECT_EQ(6u, non_ascii_run("产出/数量", 7));                           // 数量
  EXPECT_EQ(0u, non_ascii_run("abc", 1));                                 // no run at an ASCII byte
  EXPECT_EQ(0u, non_ascii_run("绩\x80效", 0));                           // a stray trail byte inside
  EXPECT_EQ(0u, non_ascii_run("绩\xE6\x95", 0));                         // cut short at the end
  EXPECT_EQ(0u, non_ascii_run("\xED\xA0\x80", 0));                       // a surrogate
}

TEST(Utf8, AppendsCodePointsAndNeverInvalidBytes) {
  std::string out;
  append_utf8(out, 0x41);
  append_utf8(out, 0x7EE9);
  append_utf8(out, 0x1F600);
  EXPECT_EQ("A\xE7\xBB\xA9\xF0\x9F\x98\x80", out);
  out.clear();
  append_utf8(out, 0xD83D);    // a surrogate
  append_utf8(out, 0x110000);  // beyond Unicode
  EXPECT_EQ("\xEF\xBF\xBD\xEF\xBF\xBD", out);
  EXPECT_EQ("\xC3\xA9\xF0\x9F\x98\x80", encode_utf8(L"\u00E9\U0001F600"));
}

TEST(Utf8, InvalidTextStopsAtTheBadSequencesFirstByte) {
  // "ab" then 绩 cut short: stops at byte 2 (0-based), code point 2.
  utf8_error bad;
  EXPECT_FALSE(decode_utf8("ab\xE7\xBB" "c", &bad));
  EXPECT_EQ(2u, bad.code_point);
  EXPECT_EQ(2u, bad.byte);
  // 绩 (3 bytes) then 0xFF: byte 3, code point 1.
  EXPECT_FALSE(decode_utf8("\xE7\xBB\xA9\xFF", &bad));
  EXPECT_EQ(1u, bad.code_point);
  EXPECT_EQ(3u, bad.byte);
  // An encoded surrogate after "x": byte 1.
  EXPECT_FALSE(decode_utf8("x\xED\xA0\x80", &bad));
  EXPECT_EQ(1u, bad.byte);
  EXPECT_FALSE(is_valid_utf8("x\xC0\x80"));
  EXPECT_TRUE(is_valid_utf8("绩效 ≥ 98%\xF0\x9F\x98\x80"));
  // The parser counts from 1: "≥ % " is 4 code points and 6 bytes, so 0xFF is at column 5, byte 7.
  const target_parse_result parsed = parse_target("\xE2\x89\xA5 % \xFF" "98");
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(5u, parsed.error->column);
  EXPECT_EQ("invalid UTF-8 at byte 7", parsed.error->message);
}

TEST(Utf8, ValidityIsDecidedAcrossAsciiAndRunsOfOtherText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("name: 打印机购置数量\ntarget: \"≥ % 98\"\n"));
  EXPECT_FALSE(is_valid_utf8("name: 打印机\xE8\xB4"));   // 购 cut short at the end
  EXPECT_FALSE(is_valid_utf8("a\x80" "b"));              // a trail byte alone
  EXPECT_FALSE(is_valid_utf8("打印机\xF4\x90\x80\x80"));  // above U+10FFFF
}

// The control characters YAML text may not hold: C0 but tab and line ends, DEL, and
// C1 but NEL; each with the byte it starts at and its code point.
TEST(Utf8, FirstControlCharacter) {
  const auto at = [](std::string_view text) {
    const auto found = first_control_character(text);
    return found ? std::make_pair(found->byte, static_cast<unsigned>(found->value)) : std::make_pair(size_t{99}, 0u);
  };
  EXPECT_EQ(std::make_pair(size_t{99}, 0u), at("a\tb\nc\r\n绩效 é \xC2\x85 \xC2\xA0 \xC4\x80"));
  EXPECT_EQ(std::make_pair(size_t{2}, 0x01u), at("ab\x01\x02"));
  EXPECT_EQ(std::make_pair(size_t{1}, 0x7Fu), at("x\x7F"));
  EXPECT_EQ(std::make_pair(size_t{6}, 0x80u), at("绩效\xC2\x80"));
  EXPECT_EQ(std::make_pair(size_t{0}, 0x9Fu), at("\xC2\x9F"));
  EXPECT_EQ(std::make_pair(size_t{2}, 0x1Bu), at("\xC2\x85\x1B"));  // NEL is two bytes
}

// The byte scan against decoding every code point, on random valid text made of
// code points near the control ranges and some Chinese.
TEST(Utf8, FirstControlCharacterAgreesWithDecodingEveryCodePoint) {
  const char32_t pool[] = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x84, 0x85,
                           0x86, 0x9F, 0xA0, 0xBF, 0xC2, 0xFF, 0x100, 0x7FF, 0x800, 0x7EE9, 0xFFFD, 0x1F600};
  std::uint32_t state = 12345;
  const auto next = [&state] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = static_cast<int>(next() % 12);
    for (int k = 0; k < length; ++k) {
      const char32_t c = pool[next() % (sizeof pool / sizeof pool[0])];
      if (c != 0 || next() % 4 == 0) append_utf8(text, c);
    }
    std::optional<std::pair<std::size_t, char32_t>> expected;
    for (std::size_t i = 0; i < text.size() && !expected;) {
      const decoded_code_point cp = decode_code_point(text, i);
      const char32_t c = cp.value;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85)) {
        expected = std::make_pair(i, c);
      }
      i += cp.length;
    }
    const auto found = first_control_character(text);
    ASSERT_EQ(expected.has_value(), found.has_value()) << round;
    if (expected) {
      EXPECT_EQ(expected->first, found->byte) << round;
      EXPECT_EQ(expected->second, found->value) << round;
    }
  }
}

TEST(Utf8, CountsAndCutsBetweenCodePoints) {
  EXPECT_EQ(3u, code_point_count("绩效a"));
  EXPECT_EQ(6u, byte_offset_of("绩效a", 2));
  EXPECT_EQ(7u, byte_offset_of("绩效a", 5));  // past the end: the size
  EXPECT_EQ("绩", utf8_prefix("绩效", 5));     // 5 bytes would split 效
  EXPECT_EQ("绩效", utf8_prefix("绩效", 6));
  EXPECT_EQ("", utf8_prefix("绩效", 2));
  EXPECT_EQ("ab", utf8_prefix("abc", 2));
}

TEST(Utf8, DecodesOoxmlEscapes) {
  EXPECT_EQ("a\rb", decode_ooxml_escapes("a_x000D_b"));
  EXPECT_EQ("_", decode_ooxml_escapes("_x005F_"));
  EXPECT_EQ("_x000D_", decode_ooxml_escapes("_x005F_x000D_"));  // decoded once, not again
  EXPECT_EQ("\xC3\xA9", decode_ooxml_escapes("_x00e9_"));        // hex digits in either case
  // A surrogate pair escaped as two UTF-16 units is one code point: U+1F600, F0 9F 98 80.
  EXPECT_EQ("\xF0\x9F\x98\x80", decode_ooxml_escapes("_xD83D__xDE00_"));
  EXPECT_EQ("x\xF0\x9F\x98\x80y", decode_ooxml_escapes("x_xd83d__xde00_y"));
  // A lone surrogate is U+FFFD (EF BF BD), never the invalid ED A0 BD.
  EXPECT_EQ("\xEF\xBF\xBD", decode_ooxml_escapes("_xD83D_"));
  EXPECT_EQ("\xEF\xBF\xBD" "a", decode_ooxml_escapes("_xDE00_a"));
  EXPECT_EQ("\xEF\xBF\xBD\xEF\xBF\xBD", decode_ooxml_escapes("_xD83D__xD83D_"));  // two highs
  EXPECT_EQ("\xEF\xBF\xBD" "A", decode_ooxml_escapes("_xD83D__x0041_"));          // high, then 'A'
  // Not escapes: kept as written.
  EXPECT_EQ("_X000D_", decode_ooxml_escapes("_X000D_"));
  EXPECT_EQ("_x00G0_", decode_ooxml_escapes("_x00G0_"));
  EXPECT_EQ("_x000D", decode_ooxml_escapes("_x000D"));
  EXPECT_EQ("_x+00D_", decode_ooxml_escapes("_x+00D_"));
}

}  // namespace
}  // namespace jixiao::grammar
