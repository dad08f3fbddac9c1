// Errors in input files: where, which field, what was found and what was expected.
// The error is data, a place and a text::message; it is put into words in the
// reader's language where it is written (docs/language.md).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "engine/model/model.hpp"  // cell_place
#include "grammar/text/error_text.hpp"

namespace jixiao::engine {

class input_error : public std::runtime_error {
 public:
  /// `line` and `column` are 1-based (column in code points); 0 when not known.
  input_error(std::string file, int line, int column, std::string field, text::message message);
  /// In a workbook: "file:实际完成值!F17: message", `place` from cell_place() (engine/model/model.hpp).
  input_error(std::string file, std::string place, text::message message);

  /// The whole error in the language current at the FIRST call, kept for the calls
  /// after it (what() returns a pointer that must stay valid); format_input_error
  /// renders it again in the language current then.
  const char* what() const noexcept override;

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& field() const { return field_; }
  const text::error_text& message() const { return message_; }
  const std::string& place() const { return place_; }  // a workbook's sheet and cell, else empty

 private:
  struct rendering;

  std::string file_;
  int line_;
  int column_;
  std::string field_;
  text::error_text message_;
  std::string place_;
  std::shared_ptr<rendering> what_;  // shared by the copies a throw makes
};

/// "file:line:column: field: message", leaving out the parts not known.
std::string format_input_error(const std::string& file, int line, int column, const std::string& field,
                               const std::string& message);

/// The error as what() writes it, in the current language: "file:line:column:
/// field: message", or "file:place: message" in a workbook.
std::string format_input_error(const input_error& error);

}  // namespace jixiao::engine
