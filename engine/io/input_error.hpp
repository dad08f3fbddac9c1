// Errors in input files: where, which field, what was found and what was expected.
#pragma once

#include <stdexcept>
#include <string>

#include "engine/model/model.hpp"  // cell_place

namespace jixiao::engine {

class input_error : public std::runtime_error {
 public:
  /// `line` and `column` are 1-based (column in code points); 0 when not known.
  input_error(std::string file, int line, int column, std::string field, std::string message);
  /// In a workbook: "file:实际完成值!F17: message", `place` from cell_place() (engine/model/model.hpp).
  input_error(std::string file, std::string place, std::string message);

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& field() const { return field_; }
  const std::string& message() const { return message_; }
  const std::string& place() const { return place_; }  // a workbook's sheet and cell, else empty

 private:
  std::string file_;
  int line_;
  int column_;
  std::string field_;
  std::string message_;
  std::string place_;
};

/// "file:line:column: field: message", leaving out the parts not known.
std::string format_input_error(const std::string& file, int line, int column, const std::string& field,
                               const std::string& message);

}  // namespace jixiao::engine
