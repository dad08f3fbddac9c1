#include "engine/import/xlsx_import.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

#include "engine/io/input_error.hpp"
#include "engine/import/xlsx_reader.hpp"
#include "grammar/text/calendar.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

constexpr double excel_epoch_days = 25569;  // serial of 1970-01-01 in the 1900 date system
constexpr int percent_places = 9;           // 0.98 × 100 = 98.00000000000001 -> 98

// The shortest text that reads back as `value` ("23.6", "1e+20" stays as to_chars writes it).
std::string shortest(double value) {
  if (value == 0) return "0";  // also -0
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, value);
  return std::string(text, result.ptr);
}

// The format code without its quoted literals, escaped characters and [bracketed] parts.
std::string code_outside_literals(const std::string& code) {
  std::string out;
  bool quoted = false;
  bool bracketed = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracketed) {
      bracketed = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracketed = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is a literal or a padding width
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool is_percent(int id, const std::string& code) {
  if (id == 9 || id == 10) return true;
  return code_outside_literals(code).find('%') != std::string::npos;
}

// Built-in date formats (14 to 17, 22; 27 to 36 and 50 to 58 in East Asian locales), or a
// custom code with a year or day part.
bool is_date(int id, const std::string& code) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  if (code.empty()) return false;
  for (const char c : code_outside_literals(code)) {
    if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') return true;
  }
  return false;
}

// "path: part: why" from the reader -> "part: why", the path going to the error's file.
}  // namespace

bool is_xlsx_path(const std::string& path) {
  constexpr std::string_view extension = ".xlsx";
  if (path.size() < extension.size()) return false;
  for (std::size_t k = 0; k < extension.size(); ++k) {
    const char c = path[path.size() - extension.size() + k];
    if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != extension[k]) return false;
  }
  return true;
}

std::string xlsx_number_text(double value, int number_format_id, const std::string& number_format) {
  if (!std::isfinite(value)) return shortest(value);
  // Serial 61 onwards (1900-03-01): Excel counts a 1900-02-29 that never was, so earlier serials are off by one.
  if (is_date(number_format_id, number_format) && value >= 61 && value < 2958466) {
    return grammar::date_from_days(static_cast<long>(std::floor(value)) - static_cast<long>(excel_epoch_days));
  }
  if (is_percent(number_format_id, number_format)) {
    const double scale = std::pow(10.0, percent_places);
    return shortest(std::round(value * 100 * scale) / scale) + "%";
  }
  return shortest(value);
}

cell_table read_xlsx_table(const std::string& path) {
  xlsx_sheet sheet;
  try {
    const xlsx_workbook book(path);
    if (book.sheet_names().empty()) throw input_error(path, 0, 0, "", text::message(N_("the workbook has no worksheet")));
    sheet = book.sheet(0);
  } catch (const xlsx_error& e) {
    throw input_error(e.file(), 0, 0, e.field(), e.message());
  }
  int width = 0;
  for (const xlsx_cell& c : sheet.cells) width = std::max(width, c.column + 1);
  cell_table table;
  table.path = path;
  const int height = sheet.row_count();
  table.rows.assign(static_cast<std::size_t>(height), std::vector<std::string>(static_cast<std::size_t>(width)));
  table.positions.resize(static_cast<std::size_t>(height));
  for (int row = 0; row < height; ++row) {
    auto& places = table.positions[static_cast<std::size_t>(row)];
    for (int column = 0; column < width; ++column) places.push_back({row + 1, column + 1});
  }
  for (const xlsx_cell& c : sheet.cells) {
    std::string text = c.text;
    if (c.type == xlsx_cell_type::number && c.number) {
      text = xlsx_number_text(*c.number, c.number_format_id, c.number_format);
    }
    table.rows[static_cast<std::size_t>(c.row)][static_cast<std::size_t>(c.column)] = text;
  }
  return table;
}

}  // namespace jixiao::engine
