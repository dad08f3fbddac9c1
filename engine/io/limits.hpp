// Limits on what an input may ask of jixiao, so that a broken or hostile file fails
// fast with a clear message instead of exhausting memory or time. Defaults here, in
// one place; `score` and `check` take each as an option.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/text/message.hpp"

namespace boost::program_options {
class options_description;
}

namespace jixiao::engine {

struct input_limits {
  /// The largest input file, in bytes (--max-file-size): a department of some 50,000
  /// projects (a large one has 900, about 300 KB), still read in a few seconds when
  /// built to be slow.
  std::uint64_t max_file_size = 16u * 1024 * 1024;
  /// The deepest nesting of lists and maps, the document itself being level 1
  /// (--max-depth). jixiao's files need 5.
  int max_depth = 64;
  /// The longest target expression or actual value, in characters (--max-expression-length).
  std::size_t max_expression_length = 1000;
  /// The longest of any other text (names, notes, keys), in characters
  /// (--max-text-length); never below max_expression_length.
  std::size_t max_text_length = 10000;

  /// The limit that applies to a text that is not an expression.
  std::size_t text_limit() const { return std::max(max_text_length, max_expression_length); }
};

/// The highest --max-depth accepted: yaml-cpp's own guard stops at 500 nested nodes.
constexpr int max_depth_ceiling = 400;

/// "512 MiB", "1.3 GiB", "900 bytes".
std::string format_size(std::uint64_t bytes);
/// A size as a message argument: format_size in the language it is written in.
text::argument size_arg(std::uint64_t bytes);

/// "1,000": a count with thousands separators.
std::string format_count(std::uint64_t count);

/// Reads a size as given to --max-file-size: bytes, or with a suffix K, M, G (KiB, MiB,
/// GiB; "64M", "1.5G", "512MiB"); nullopt when it is not one.
std::optional<std::uint64_t> parse_size(std::string_view text);

/// The whole of an input file, read no further than limits.max_file_size (a device
/// or a pipe has no size to check first). Throws input_error for a missing file, a
/// directory, a file over the limit or a read error.
std::string read_input_file(const std::string& path, const input_limits& limits);

/// "the file is 20.3 MiB, over the limit of 16 MiB (raise it with --max-file-size)".
text::message over_size_limit(std::uint64_t size, const input_limits& limits);

/// Which of the limits a command takes as options.
enum limit_option : unsigned {
  file_size_option = 1,          // --max-file-size
  depth_option = 2,              // --max-depth
  expression_length_option = 4,  // --max-expression-length
  text_length_option = 8,        // --max-text-length
  all_limit_options = 15,
};

/// The options `which` (--max-file-size, --max-depth, --max-expression-length,
/// --max-text-length), storing into `limits` when the options are notified; a bad
/// value throws a program_options error.
/// The width --help is laid out in: 80 columns in English; in Chinese no wrapping at
/// all, as Boost.Program_options wraps by bytes and would cut a character in two.
unsigned help_line_length();

boost::program_options::options_description limit_options(input_limits& limits, unsigned which = all_limit_options);

}  // namespace jixiao::engine
