#include <gtest/gtest.h>

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

}  // namespace
}  // namespace jixiao::rules
