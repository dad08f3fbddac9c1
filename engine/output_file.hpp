// Writing an output file whole or not at all.
#pragma once

#include <stdexcept>
#include <string>

namespace jixiao::engine {

/// An output that could not be written; the message names the path and the reason.
class output_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `content` to a temporary file beside `path` and renames it into place, so
/// an earlier file is replaced only by a complete one. Throws output_error.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace jixiao::engine
