#include "engine/report/json_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <nlohmann/json.hpp>

#include "grammar/text/text.hpp"

namespace jixiao::engine {
namespace {

enum byte_class : unsigned char { plain, escaped, non_ascii };

constexpr std::array<byte_class, 256> make_byte_classes() {
  std::array<byte_class, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if (b < 0x20 || b == '"' || b == '\\') {
      classes[b] = escaped;
    } else if (b >= 0x80) {
      classes[b] = non_ascii;
    } else {
      classes[b] = plain;
    }
  }
  return classes;
}

constexpr std::array<byte_class, 256> byte_classes = make_byte_classes();

void append_escape(json_buffer& out, unsigned char byte) {
  switch (byte) {
    case '\b': out.append("\\b", 2); return;
    case '\t': out.append("\\t", 2); return;
    case '\n': out.append("\\n", 2); return;
    case '\f': out.append("\\f", 2); return;
    case '\r': out.append("\\r", 2); return;
    case '"': out.append("\\\"", 2); return;
    case '\\': out.append("\\\\", 2); return;
    default: {
      static constexpr char hex[] = "0123456789abcdef";  // nlohmann writes "\\u%04x"
      const char escape[6] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
      out.append(escape, 6);
    }
  }
}

}  // namespace

void json_buffer::grow(std::size_t n) {
  const std::size_t capacity = std::max(2 * capacity_, size_ + n);
  std::unique_ptr<char[]> data(new char[capacity]);  // not zeroed: every byte below size_ is written
  std::copy(data_.get(), data_.get() + size_, data.get());
  data_ = std::move(data);
  capacity_ = capacity;
}

void append_json_string(json_buffer& out, std::string_view text) {
  const std::size_t start = out.size();
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  out.push_back('"');
  const unsigned char* run = begin;  // first byte not yet appended
  const unsigned char* p = begin;
  while (p < end) {
    const byte_class c = byte_classes[*p];
    if (c == plain) {
      ++p;
    } else if (c == non_ascii) {
      const std::size_t length = grammar::non_ascii_run(text, static_cast<std::size_t>(p - begin));
      if (length == 0) {
        // Invalid UTF-8: let the library place its replacement characters.
        out.give_back(out.size() - start);
        out.append(nlohmann::ordered_json(std::string(text))
                       .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        return;
      }
      p += length;
    } else {
      out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
      append_escape(out, *p);
      run = ++p;
    }
  }
  out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(end - run));
  out.push_back('"');
}

void append_json_number(json_buffer& out, double value) {
  if (!std::isfinite(value)) {
    out.append("null");
    return;
  }
  constexpr std::size_t room = 64;  // the size of nlohmann's serializer number buffer
  char* const first = out.room(room);
  const char* const last = nlohmann::detail::to_chars(first, first + room, value);
  out.give_back(room - static_cast<std::size_t>(last - first));
}

void append_json_integer(json_buffer& out, long long value) {
  constexpr std::size_t room = 24;
  char* const first = out.room(room);
  const auto result = std::to_chars(first, first + room, value);
  out.give_back(room - static_cast<std::size_t>(result.ptr - first));
}

}  // namespace jixiao::engine
