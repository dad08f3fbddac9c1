// JSON text pieces written byte for byte as nlohmann-json 3.11 dumps them, for
// writers that stream JSON without building a document.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string_view>

namespace jixiao::engine {

/// Text being written, appended to in place. A report is written in small pieces
/// (a key, a comma, an indent); these appends are inlined, where std::string's are
/// calls into the library, which took a third of the JSON writer's time.
class json_buffer {
 public:
  json_buffer() { grow(initial_capacity); }

  void push_back(char c) { *room(1) = c; }
  void append(const char* data, std::size_t n) { std::copy(data, data + n, room(n)); }
  void append(std::string_view text) { append(text.data(), text.size()); }
  /// `n` bytes added at the end for the caller to write.
  char* room(std::size_t n) {
    if (capacity_ - size_ < n) grow(n);
    char* const at = data_.get() + size_;
    size_ += n;
    return at;
  }
  /// Takes back the last `n` bytes of `room` that were not written.
  void give_back(std::size_t n) { size_ -= n; }

  std::string_view view() const { return {data_.get(), size_}; }
  std::size_t size() const { return size_; }
  void clear() { size_ = 0; }

 private:
  static constexpr std::size_t initial_capacity = 4096;
  void grow(std::size_t n);  // room for n more bytes, at least doubling

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

/// Appends `text` as a quoted JSON string, as nlohmann dumps it (invalid UTF-8 replaced by U+FFFD).
void append_json_string(json_buffer& out, std::string_view text);

/// Appends `value` as nlohmann dumps a double: NaN and infinities as null, 100 as "100.0".
void append_json_number(json_buffer& out, double value);

/// Appends `value` as nlohmann dumps an integer.
void append_json_integer(json_buffer& out, long long value);

}  // namespace jixiao::engine
