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

void append_escape(std::string& out, unsigned char byte) {
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

void append_json_string(std::string& out, std::string_view text) {
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
      const std::size_t length = grammar::decode_code_point(text, static_cast<std::size_t>(p - begin)).length;
      if (length == 0) {
        // Invalid UTF-8: let the library place its replacement characters.
        out.resize(start);
        out += nlohmann::ordered_json(std::string(text))
                   .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
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

void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out.append("null", 4);
    return;
  }
  std::array<char, 64> buffer{};  // the size of nlohmann's serializer number buffer
  const char* const last = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), static_cast<std::size_t>(last - buffer.data()));
}

void append_json_integer(std::string& out, long long value) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
}

}  // namespace jixiao::engine
