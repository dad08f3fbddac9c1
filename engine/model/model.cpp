#include "engine/model/model.hpp"

namespace jixiao::engine {

std::string cell_place(const std::string& sheet, int row, int column) {
  std::string letters;
  for (int n = column; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return sheet + "!" + letters + (row > 0 ? std::to_string(row) : std::string());
}

}  // namespace jixiao::engine
