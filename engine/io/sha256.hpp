// SHA-256 of a file, hex, for the report's source block.
#pragma once

#include <string>

namespace jixiao::engine {

/// Lower-case hex SHA-256 of the file's bytes; throws input_error when unreadable.
std::string sha256_of_file(const std::string& path);

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(const std::string& bytes);

}  // namespace jixiao::engine
