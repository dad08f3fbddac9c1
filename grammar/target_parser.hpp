// The X3 target grammar behind a plain interface (no Boost in this header), so only
// target_parser.cpp compiles the parser.
#pragma once

#include <cstddef>
#include <string>
#include <variant>

#include "grammar/ast.hpp"

namespace jixiao::grammar::parser {

/// Where the grammar stopped and what it expected there (a readable rule name such
/// as "a number or a unit"); `offset` counts code points.
struct syntax_failure {
  std::size_t offset = 0;
  std::string expected;
};

/// Parses folded text (fold_width of `original`) into a target AST.
std::variant<ast::target, syntax_failure> parse_target_text(const std::wstring& original,
                                                            const std::wstring& folded);

/// Parses folded text into an actual-value AST.
std::variant<ast::actual, syntax_failure> parse_actual_text(const std::wstring& original,
                                                            const std::wstring& folded);

}  // namespace jixiao::grammar::parser
