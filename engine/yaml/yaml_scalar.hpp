// Writing text as YAML scalars that read back exactly as written.
#pragma once

#include <string>

namespace jixiao::engine {

/// `text` double-quoted, with YAML escapes for quotes, backslashes, line breaks and
/// control characters.
std::string yaml_quoted(const std::string& text);

/// `text` as a plain scalar where YAML reads it back unchanged as text (Chinese
/// names, words), else double-quoted.
std::string yaml_scalar(const std::string& text);

/// `text` on one line, for a YAML comment: line breaks become spaces.
std::string comment_text(const std::string& text);

}  // namespace jixiao::engine
