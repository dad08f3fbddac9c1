// The test program's main: unit tests are pinned to English, the source language of
// every message; a test of another language sets it with text::language_scope, and a
// command-line test passes --lang.
#include <gtest/gtest.h>

#include "grammar/text/language.hpp"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  jixiao::text::set_language(jixiao::text::language::en);
  return RUN_ALL_TESTS();
}
