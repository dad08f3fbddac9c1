#include "engine/input_error.hpp"

namespace jixiao::engine {

std::string format_input_error(const std::string& file, int line, int column, const std::string& field,
                               const std::string& message) {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (line > 0 && column > 0) out += ":" + std::to_string(column);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

input_error::input_error(std::string file, std::string place, std::string message)
    : std::runtime_error(file + ":" + place + ": " + message),
      file_(std::move(file)),
      line_(0),
      column_(0),
      message_(std::move(message)),
      place_(std::move(place)) {}

input_error::input_error(std::string file, int line, int column, std::string field, std::string message)
    : std::runtime_error(format_input_error(file, line, column, field, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      field_(std::move(field)),
      message_(std::move(message)) {}

}  // namespace jixiao::engine
