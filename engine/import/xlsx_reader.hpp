// Reading .xlsx workbooks (the archive with libzip, the XML with pugixml): the
// sheet list, and each sheet's cells with shared strings resolved, numbers,
// merged ranges. Values only: no formulas are evaluated (a formula's cached
// value is read), styles are reduced to the number format's id and code.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/io/input_error.hpp"

namespace jixiao::engine {

/// A workbook that could not be read: the file, the part (as the field) and the reason.
class xlsx_error : public input_error {
 public:
  using input_error::input_error;
};

enum class xlsx_cell_type { text, number, boolean, error };

/// One cell with a value. Rows and columns are 0-based (A1 is 0, 0).
struct xlsx_cell {
  int row = 0;
  int column = 0;
  xlsx_cell_type type = xlsx_cell_type::text;
  std::string text;              // the string; for a number its text as stored ("98.33"); TRUE/FALSE; "#N/A"
  std::optional<double> number;  // numbers and booleans (1/0)
  int number_format_id = 0;      // the cell style's numFmtId (14 to 22: built-in dates and times)
  std::string number_format;     // the custom format code ("0.00", "yyyy-mm-dd"), empty for built-ins
  std::string formula;           // the formula as written (without =; "…" when shared), empty for a plain value; a formula
                                 // with no saved result is a text cell with empty text
};

/// A merged range, inclusive, 0-based.
struct xlsx_range {
  int first_row = 0;
  int first_column = 0;
  int last_row = 0;
  int last_column = 0;
};

struct xlsx_sheet {
  std::string name;
  std::vector<xlsx_cell> cells;  // in the file's order: row by row, left to right
  std::vector<xlsx_range> merged;
  /// The cell at (row, column), or nullptr when it has no value.
  const xlsx_cell* at(int row, int column) const;
  /// One more than the last row with a value (0 when empty).
  int row_count() const;

 private:
  friend class xlsx_workbook;
  std::map<std::pair<int, int>, std::size_t> index_;
};

/// "B12" -> {11, 1}; nullopt when `ref` is not a cell reference.
std::optional<std::pair<int, int>> parse_cell_ref(const std::string& ref);

/// An open workbook. Throws xlsx_error on a file that is not a readable .xlsx.
class xlsx_workbook {
 public:
  explicit xlsx_workbook(const std::string& path);
  /// The workbook whose bytes are `data` (read once, so they are what is hashed), `path`
  /// naming it in messages; no part may unpack to more than `largest_part` bytes.
  xlsx_workbook(const std::string& path, std::string data, std::uint64_t largest_part);
  ~xlsx_workbook();
  xlsx_workbook(xlsx_workbook&&) noexcept;
  xlsx_workbook& operator=(xlsx_workbook&&) noexcept;

  /// The worksheets' names in workbook order (chartsheets left out).
  const std::vector<std::string>& sheet_names() const;

  /// The worksheet at `index` in sheet_names(); throws xlsx_error when out of range or unreadable.
  xlsx_sheet sheet(std::size_t index) const;

  /// The worksheet named `name`; throws xlsx_error when there is none.
  xlsx_sheet sheet(const std::string& name) const;

 private:
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace jixiao::engine
