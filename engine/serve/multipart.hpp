// A small, strict reader of multipart/form-data bodies (RFC 7578) as browsers and
// curl send them: every part needs a Content-Disposition: form-data with a name;
// anything else (no boundary, a part not closed, too many parts, headers too long)
// is refused with multipart_error, never guessed at.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::engine::serve {

/// A body that is not well-formed multipart/form-data; the message says what is wrong.
class multipart_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct form_part {
  std::string name;
  std::optional<std::string> filename;  // given for a file input (empty when none was chosen)
  std::string content_type;
  std::string data;
};

struct multipart_limits {
  std::size_t max_parts = 16;
  std::size_t max_part_header_bytes = 4096;
};

/// The boundary of a "multipart/form-data; boundary=…" Content-Type (quoted or not,
/// 1 to 70 characters); throws multipart_error for another type or no boundary.
std::string form_boundary(std::string_view content_type);

/// The parts of `body` in order. Throws multipart_error.
std::vector<form_part> parse_multipart(std::string_view body, std::string_view boundary,
                                       const multipart_limits& limits = {});

}  // namespace jixiao::engine::serve
