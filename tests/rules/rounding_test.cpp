#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "rules/rounding.hpp"

namespace jixiao::rules {
namespace {

// 2.675 is stored as 2.67499999999999982236431605997495353221893310546875; half up on
// the decimal value must still give 2.68 (SCORING.md section 5).
TEST(RoundHalfUp, RoundsTheDecimalValueNotTheBinary) {
  EXPECT_EQ("2.68", format_fixed(2.675));
  EXPECT_EQ("1.01", format_fixed(1.005));
  EXPECT_EQ("0.13", format_fixed(0.125));
  EXPECT_EQ("2.67", format_fixed(2.674999));
  EXPECT_EQ("9.72", format_fixed(10.0 * 7 / 7.2));
  EXPECT_EQ("10000.00", format_fixed(10000.00499));  // near a half is not a half
  EXPECT_EQ("76.28", format_fixed(100.0 * 68.65 / 90));  // 76.2777…
  EXPECT_EQ("50.63", format_fixed(50.625));              // exact in binary, half up
  EXPECT_EQ("100000000000.125", format_number(1e11 + 0.125));
}

TEST(RoundHalfUp, KeepsNegativeSymmetricAndZeroPositive) {
  EXPECT_DOUBLE_EQ(-2.68, round_half_up(-2.675));
  EXPECT_EQ("0.00", format_fixed(-0.001));
}

TEST(FormatNumber, TrimsTrailingZeros) {
  EXPECT_EQ("7.2", format_number(7.2));
  EXPECT_EQ("5", format_number(5.0));
  EXPECT_EQ("16.6667", format_number(50.0 / 3));
  EXPECT_EQ("20%", format_percent(0.2));
}

// Numbers far past any budget still print whole, not cut at a buffer's end.
TEST(FormatNumber, WritesHugeValuesWhole) {
  EXPECT_EQ("100000000000000000000", format_number(1e20));
  EXPECT_EQ("-100000000000000000000.00", format_fixed(-1e20));
  EXPECT_EQ(309u + 3u, format_fixed(1e308).size());  // 309 digits, ".00"
  EXPECT_EQ("0", format_number(-0.00001));
}

// The appending forms write what the formatting ones return, after what is there.
TEST(FormatNumber, AppendsTheSameText) {
  std::string text = "x=";
  append_number(text, 16.666666);
  text += ' ';
  append_percent(text, 0.125);
  text += ' ';
  append_fixed(text, 2.675);
  EXPECT_EQ("x=16.6667 12.5% 2.68", text);
}

// format_fixed writes the digits of small values from whole units; it must give what
// formatting the rounded double gives (the reference below) for every value.
std::string reference_fixed(double value, int places) {
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, round_half_up(value, places), std::chars_format::fixed, places);
  return std::string(text, result.ptr);
}

TEST(FormatFixed, MatchesFormattingTheRoundedDouble) {
  std::mt19937_64 random(20261124);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const double magnitudes[] = {1e-6, 1e-3, 1, 10, 100, 1e4, 1e6, 1e8, 9.99e9, 1e10, 5e11, 2e12};
  int checked = 0;
  for (const double magnitude : magnitudes) {
    for (int n = 0; n < 100000; ++n) {
      double value = unit(random) * magnitude;
      if (n % 3 == 0) value = std::round(value * 1000) / 1000 + 0.0005;  // near a half at 3 places
      if (n % 5 == 0) value = -value;
      for (const int places : {0, 2, 4, 6}) {
        ASSERT_EQ(reference_fixed(value, places), format_fixed(value, places)) << std::hexfloat << value << " " << places;
        ++checked;
      }
    }
  }
  for (const double value : {0.0, -0.0, 0.005, -0.005, 2.675, 1.005, 0.125, 50.625, 99999.99995, 9999999999.99995,
                             -1e-9, std::numeric_limits<double>::infinity(), std::nan("")}) {
    for (const int places : {0, 1, 2, 3, 4}) EXPECT_EQ(reference_fixed(value, places), format_fixed(value, places)) << value;
  }
  EXPECT_EQ(4'800'000, checked);
}

// printed_at gives what round_at gives, bit for bit, in both modes: on figures that
// are whole hundredths, tenths or thousandths already (its quick path: 16.67, a
// derived weight), on figures that are not (16.666…), at the edges (±0, 1e12 and
// above, NaN, infinities), and at every precision a policy may set.
TEST(PrintedAt, GivesWhatRoundAtGives) {
  const auto same = [](double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
  };
  std::mt19937_64 random(7);
  std::uniform_int_distribution<long long> units(-20'000'000, 20'000'000);
  std::vector<double> values = {0.0, -0.0, 0.005, -0.005, 2.675, 0.29, 16.67, 33.33, 1e12, -1e12, 1e12 + 0.01,
                                999999999999.99, std::numeric_limits<double>::infinity(), std::nan("")};
  for (int n = 0; n < 20000; ++n) {
    const double whole = static_cast<double>(units(random));
    values.push_back(whole / 100);    // whole hundredths
    values.push_back(whole / 10);     // whole tenths
    values.push_back(whole / 1000);   // thousandths
    values.push_back(whole / 3);      // thirds: never whole
    values.push_back(whole * 1e4);    // above 1e12 at the largest
  }
  for (const double value : values) {
    for (const int places : {0, 1, 2, 3, 6}) {
      for (const rounding_mode mode : {rounding_mode::half_up, rounding_mode::down}) {
        ASSERT_TRUE(same(round_at(value, places, mode), printed_at(value, places, mode)))
            << std::hexfloat << value << " at " << places;
      }
    }
  }
  EXPECT_FALSE(std::signbit(printed_at(-0.0, 2, rounding_mode::half_up)));
  EXPECT_EQ(16.67, printed_at(16.67, 2, rounding_mode::down));
  EXPECT_EQ(16.66, printed_at(16.666666, 2, rounding_mode::down));
  EXPECT_EQ(16.67, printed_at(16.666666, 2, rounding_mode::half_up));
}

}  // namespace
}  // namespace jixiao::rules
