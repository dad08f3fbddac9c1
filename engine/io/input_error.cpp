#include "engine/io/input_error.hpp"

#include <mutex>

namespace jixiao::engine {

struct input_error::rendering {
  std::once_flag once;
  std::string text;
};

std::string format_input_error(const std::string& file, int line, int column, const std::string& field,
                               const std::string& message) {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (line > 0 && column > 0) out += ":" + std::to_string(column);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

std::string format_input_error(const input_error& error) {
  if (!error.place().empty()) return error.file() + ":" + error.place() + ": " + error.message().str();
  return format_input_error(error.file(), error.line(), error.column(), error.field(), error.message().str());
}

input_error::input_error(std::string file, std::string place, text::message message)
    : std::runtime_error(""),
      file_(std::move(file)),
      line_(0),
      column_(0),
      message_(std::move(message)),
      place_(std::move(place)),
      what_(std::make_shared<rendering>()) {}

input_error::input_error(std::string file, int line, int column, std::string field, text::message message)
    : std::runtime_error(""),
      file_(std::move(file)),
      line_(line),
      column_(column),
      field_(std::move(field)),
      message_(std::move(message)),
      what_(std::make_shared<rendering>()) {}

const char* input_error::what() const noexcept {
  try {
    std::call_once(what_->once, [this] {
      try {
        what_->text = format_input_error(*this);
      } catch (...) {
        what_->text = message_.source();  // the English source, when rendering fails
      }
    });
  } catch (...) {
    return message_.source();
  }
  return what_->text.c_str();
}

}  // namespace jixiao::engine
