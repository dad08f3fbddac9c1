// Parsing one target expression or one actual value from UTF-8 text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/text/error_text.hpp"

namespace jixiao::grammar {

/// A text that fits no form: 1-based column in code points, and what was expected,
/// as a message rendered where the error is written.
struct syntax_error {
  std::size_t column = 1;
  text::error_text message;
};

struct target_parse_result {
  std::optional<ast::target> target;  // set on success
  std::optional<syntax_error> error;  // set on failure
};

struct actual_parse_result {
  std::optional<ast::actual> actual;
  std::optional<syntax_error> error;
};

/// Parses a target such as "≥ % 98", "= 台 5", "个 8个左右" or "有效提升".
target_parse_result parse_target(std::string_view utf8);

/// Parses an actual value such as "97.5", "99%", "3,000人次", "达成", "较好", "不适用".
actual_parse_result parse_actual(std::string_view utf8);

/// "error: <message> at column N" followed by the text and a caret under the column,
/// in the current language.
std::string format_syntax_error(std::string_view utf8, const syntax_error& error);

}  // namespace jixiao::grammar
