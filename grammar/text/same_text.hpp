// Whether two texts are the same bytes: the lengths, then the bytes. A string's ==
// goes through compare(), which orders the texts and which the optimiser leaves out
// of line; the scorer asks this of every indicator's name and unit.
#pragma once

#include <cstring>
#include <string_view>

namespace jixiao::text {

inline bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace jixiao::text
