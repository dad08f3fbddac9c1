// Whether two texts are the same bytes: the scorer asks it of every indicator's name
// and unit. A string's == goes through compare(), which orders the texts and which
// the optimiser leaves out of line, and memcmp is a call; names of 8 to 32 bytes
// (three to ten Chinese characters) are compared here with overlapping word loads.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace jixiao::text {

namespace same_text_detail {

inline std::uint64_t word_at(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The words of `a` and `b` at `at` differ in some bit.
inline std::uint64_t differs_at(const char* a, const char* b, std::size_t at) {
  return word_at(a + at) ^ word_at(b + at);
}

}  // namespace same_text_detail

inline bool same_text(std::string_view a, std::string_view b) {
  using same_text_detail::differs_at;
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n >= 8 && n <= 16) return (differs_at(x, y, 0) | differs_at(x, y, n - 8)) == 0;
  if (n > 16 && n <= 32) {
    return (differs_at(x, y, 0) | differs_at(x, y, 8) | differs_at(x, y, n - 16) | differs_at(x, y, n - 8)) == 0;
  }
  return n == 0 || std::memcmp(x, y, n) == 0;
}

}  // namespace jixiao::text
