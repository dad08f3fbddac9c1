// The JSON text primitives against nlohmann-json's own dump, byte for byte.
#include "engine/report/json_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "grammar/text/text.hpp"

namespace jixiao::engine {
namespace {

using nlohmann::ordered_json;

std::string hex(std::string_view bytes) {
  static const char* const digits = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (!out.empty()) out.push_back(' ');
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 0xF]);
  }
  return out;
}

std::string double_bits(double value) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  std::string text(16, '0');
  for (int i = 15; i >= 0; --i, bits >>= 4) text[i] = "0123456789abcdef"[bits & 0xF];
  return text;
}

std::string library_string(std::string_view text) {
  return ordered_json(std::string(text)).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string our_string(std::string_view text) {
  json_buffer out;
  append_json_string(out, text);
  return std::string(out.view());
}

std::string our_number(double value) {
  json_buffer out;
  append_json_number(out, value);
  return std::string(out.view());
}

std::string our_integer(long long value) {
  json_buffer out;
  append_json_integer(out, value);
  return std::string(out.view());
}

// Adds a failure naming the input in hex; returns false on a mismatch.
bool same_string(std::string_view text) {
  const std::string want = library_string(text);
  // Continuation bytes right after the view: reading past its end would complete a cut sequence.
  const std::string buffer = std::string(text) + "\x80\x80\x80";
  const std::string got = our_string(std::string_view(buffer.data(), text.size()));
  if (got == want) return true;
  ADD_FAILURE() << "input (hex): " << hex(text) << "\n  nlohmann (hex): " << hex(want)
                << "\n  ours     (hex): " << hex(got);
  return false;
}

bool same_number(double value) {
  const std::string want = ordered_json(value).dump();
  const std::string got = our_number(value);
  if (got == want) return true;
  ADD_FAILURE() << "input bits (hex): " << double_bits(value) << " (" << want << ")\n  nlohmann: " << want
                << "\n  ours:     " << got;
  return false;
}

constexpr int max_reported = 10;

TEST(JsonText, StringsMatchNlohmannOnHandPickedText) {
  const std::vector<std::string> texts = {
      "",
      "plain ASCII text 123",
      "中文",
      "绩效评价：预算执行率（％）为 ９８．５",
      "全角ＡＢＣ　空格",
      std::string("\x7f", 1),
      "\"quoted\"",
      "back\\slash\\\\",
      "/slash/ and </script>",
      "emoji 😀 and 𝄞 and 𠀀",
      "\xF4\x8F\xBF\xBF",  // U+10FFFF
      "\xEF\xBF\xBF",      // U+FFFF
      "\xED\x9F\xBF",      // U+D7FF, just below the surrogates
      "\xEE\x80\x80",      // U+E000, just above them
      "\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xF0\x90\x80\x80",
      "mixed \"中\\文\"\n\t结束",
      std::string("nul\0inside", 10),
  };
  for (const auto& text : texts) same_string(text);
}

TEST(JsonText, StringsEscapeEveryControlByte) {
  for (int b = 0; b < 0x20; ++b) {
    const char byte = static_cast<char>(b);
    same_string(std::string(1, byte));
    same_string("a" + std::string(1, byte) + "中");
  }
  std::string all;
  for (int b = 0; b < 0x80; ++b) all.push_back(static_cast<char>(b));
  same_string(all);
  EXPECT_EQ("\"\\u0000\\u001f\\b\\t\\n\\f\\r\\u000b\\u001b\"", our_string(std::string("\0\x1f\b\t\n\f\r\x0b\x1b", 9)));
}

TEST(JsonText, StringsMatchNlohmannOnInvalidUtf8) {
  const std::vector<std::string> texts = {
      "\x80",
      "\xBF",
      "a\x80z",
      "\x80\x80\x80",
      "中\x80文",
      "\xE4\xB8",          // 中 cut at the end
      "ab\xE4",            // lead byte alone at the end
      "\xE4\xB8z中",       // cut in the middle
      "\xF0\x9F\x98",      // emoji cut at the end
      "\xF0\x9F\x98 ok",   // emoji cut in the middle
      "\xC3",
      "\xC0\x80",          // overlong NUL
      "\xC1\xBF",
      "\xE0\x80\x80",      // overlong 3-byte
      "\xE0\x9F\xBF",
      "\xF0\x80\x80\x80",  // overlong 4-byte
      "\xF0\x8F\xBF\xBF",
      "\xED\xA0\x80",      // surrogate U+D800
      "\xED\xBF\xBF",      // surrogate U+DFFF
      "\xED\xA0\x80\xED\xB0\x80",
      "\xF4\x90\x80\x80",  // U+110000
      "\xF5\x80\x80\x80",
      "\xF8\x88\x80\x80\x80",
      "\xFC\x84\x80\x80\x80\x80",
      "\xFE",
      "\xFF",
      "\xFF\xFE",
      "x\xF5y\xFFz",
      "\"\xC3\"",          // lead byte before a quote
      "\xE4\n\xB8\xAD",
      "\\\xE4\xB8\\",
  };
  for (const auto& text : texts) same_string(text);
}

// Appends the UTF-8 encoding of `cp`, which must be a scalar value.
void append_utf8(std::string& out, std::uint32_t cp) {
  out += grammar::encode_utf8(std::wstring(1, static_cast<wchar_t>(cp)));
}

TEST(JsonText, StringsMatchNlohmannOnRandomBytes) {
  std::mt19937 random(20240611);
  const auto below = [&random](std::uint32_t n) { return static_cast<std::uint32_t>(random() % n); };
  // Byte sequences near the edges of what UTF-8 allows.
  const std::vector<std::string> edges = {"\xC0", "\xC1", "\xC2", "\xDF", "\xE0\x9F", "\xE0\xA0", "\xED\x9F",
                                          "\xED\xA0", "\xEF", "\xF0\x8F", "\xF0\x90", "\xF4\x8F", "\xF4\x90",
                                          "\xF5", "\xFF", "\x80", "\xBF", "\"", "\\", "\x7F", "/"};
  int failures = 0;
  const int strings = 300000;
  for (int n = 0; n < strings && failures < max_reported; ++n) {
    const bool allow_garbage = n % 2 == 1;
    const std::uint32_t pieces = below(24);
    std::string text;
    for (std::uint32_t k = 0; k < pieces; ++k) {
      switch (below(allow_garbage ? 9 : 6)) {
        case 0: text.push_back(static_cast<char>(0x20 + below(0x60))); break;  // printable ASCII and 0x7F
        case 1: text.push_back(static_cast<char>(below(0x20))); break;         // control byte
        case 2: append_utf8(text, 0x80 + below(0x800 - 0x80)); break;
        case 3: append_utf8(text, 0x4E00 + below(0x9FFF - 0x4E00)); break;     // CJK
        case 4: {
          std::uint32_t cp = 0x800 + below(0x10000 - 0x800);
          if (cp >= 0xD800 && cp <= 0xDFFF) cp += 0x800;
          append_utf8(text, cp);
          break;
        }
        case 5: append_utf8(text, 0x10000 + below(0x110000 - 0x10000)); break;
        case 6: text.push_back(static_cast<char>(0x80 + below(0x80))); break;  // any high byte
        case 7: text += edges[below(static_cast<std::uint32_t>(edges.size()))]; break;
        default: {  // a valid sequence cut short
          std::string whole;
          append_utf8(whole, 0x800 + below(0x110000 - 0x800) % 0xD000);
          text += whole.substr(0, 1 + below(static_cast<std::uint32_t>(whole.size() - 1)));
        }
      }
    }
    if (!same_string(text)) ++failures;
  }
}

TEST(JsonText, AppendsAfterExistingText) {
  json_buffer out;
  out.append("{\"a\":");
  append_json_string(out, "中文\n");
  out.append(",\"b\":");
  append_json_string(out, "bad\xC0\x80");
  out.append(",\"c\":");
  append_json_number(out, 7.2);
  out.append(",\"d\":");
  append_json_integer(out, -12);
  out.push_back('}');
  ordered_json doc;
  doc["a"] = "中文\n";
  doc["b"] = "bad\xC0\x80";
  doc["c"] = 7.2;
  doc["d"] = -12;
  EXPECT_EQ(doc.dump(-1, ' ', false, ordered_json::error_handler_t::replace), out.view());
}

// Past its first 4096 bytes the buffer moves to a larger block, keeping what it holds.
TEST(JsonText, TheBufferKeepsItsTextAsItGrows) {
  json_buffer out;
  std::string want;
  for (int k = 0; k < 3000; ++k) {
    const std::string piece = "第" + std::to_string(k) + "项,";
    append_json_string(out, piece);
    want += '"' + piece + '"';
  }
  EXPECT_EQ(want, out.view());
  out.clear();
  out.append("null");
  EXPECT_EQ("null", out.view());
}

TEST(JsonText, NumbersMatchNlohmannOnHandPickedDoubles) {
  using limits = std::numeric_limits<double>;
  const std::vector<double> values = {
      0.0, -0.0, 1.0, -1.0, 100.0, 7.2, 2.675, 16.6667, 0.1, 0.3, 1e-4, 1e-5, 123456789012.3456,
      1e15, 1e16, 1e17, 1e21, 1e22, -3.5, 0.5, 1.0 / 3, 2.0 / 3, 9007199254740992.0, 9007199254740993.0,
      999999999999999.9, 12345678901234567890.0, limits::quiet_NaN(), -limits::quiet_NaN(),
      limits::signaling_NaN(), limits::infinity(), -limits::infinity(), limits::denorm_min(),
      -limits::denorm_min(), 2.2250738585072009e-308, limits::min(), -limits::min(), limits::max(),
      limits::lowest(), limits::epsilon(), 1e308, 1e-308, 5e-324,
  };
  for (const double value : values) same_number(value);
  EXPECT_EQ("null", our_number(limits::quiet_NaN()));
  EXPECT_EQ("100.0", our_number(100.0));
  EXPECT_EQ("-0.0", our_number(-0.0));
  EXPECT_EQ("1e+16", our_number(1e16));
}

TEST(JsonText, NumbersMatchNlohmannOnDecimalFractions) {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> log_magnitude(0.0, std::log(1e17));
  int failures = 0;
  for (int k = -100000; k <= 100000 && failures < max_reported; ++k) {
    if (!same_number(k / 100.0)) ++failures;
    if (!same_number(k / 10000.0)) ++failures;
  }
  for (int n = 0; n < 400000 && failures < max_reported; ++n) {
    const double k = std::round(std::exp(log_magnitude(random))) * (random() % 2 == 0 ? 1 : -1);
    if (!same_number(k / 100)) ++failures;
    if (!same_number(k / 10000)) ++failures;
  }
}

TEST(JsonText, NumbersMatchNlohmannOnRandomBitPatterns) {
  std::mt19937_64 random(11);
  int failures = 0;
  for (int n = 0; n < 1000000 && failures < max_reported; ++n) {
    const std::uint64_t bits = random();
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    if (!same_number(value)) ++failures;
  }
}

TEST(JsonText, IntegersMatchNlohmann) {
  using limits = std::numeric_limits<std::int64_t>;
  std::vector<long long> values = {0, 1, -1, 9, 10, -10, 99, 100, 12345, -98765, 2147483647, -2147483648LL,
                                   limits::max(), limits::min(), limits::max() - 1, limits::min() + 1};
  std::mt19937_64 random(3);
  for (int n = 0; n < 10000; ++n) values.push_back(static_cast<long long>(random() >> (n % 64)));  // both signs
  for (const long long value : values) {
    EXPECT_EQ(ordered_json(static_cast<std::int64_t>(value)).dump(), our_integer(value)) << "input: " << value;
  }
}

}  // namespace
}  // namespace jixiao::engine
