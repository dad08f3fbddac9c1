#include "engine/io/limits.hpp"

#include <boost/program_options.hpp>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include "engine/io/input_error.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

std::string format_size(std::uint64_t bytes) {
  static const char* const units[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) {
    return text::format_text(text::trn("{1} byte", "{1} bytes", static_cast<long>(bytes)), {std::to_string(bytes)});
  }
  double value = static_cast<double>(bytes) / 1024;
  std::size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(units)) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  if (value == std::floor(value)) {
    std::snprintf(text, sizeof text, "%.0f %s", value, units[unit]);
  } else {
    // Rounded up, so a size just over a limit never reads as the limit itself.
    std::snprintf(text, sizeof text, "%.1f %s", std::ceil(value * 10) / 10, units[unit]);
  }
  return text;
}

std::string format_count(std::uint64_t count) {
  std::string digits = std::to_string(count);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

std::optional<std::uint64_t> parse_size(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  const std::string number(text.substr(0, i));
  if (number.empty() || number.find_first_of("0123456789") == std::string::npos ||
      number.find('.') != number.rfind('.')) {
    return std::nullopt;
  }
  std::string suffix;
  for (char c : text.substr(i)) {
    if (c != ' ') suffix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  double scale = 1;
  if (suffix.empty() || suffix == "B") {
    scale = 1;
  } else if (suffix == "K" || suffix == "KB" || suffix == "KIB") {
    scale = 1024.0;
  } else if (suffix == "M" || suffix == "MB" || suffix == "MIB") {
    scale = 1024.0 * 1024;
  } else if (suffix == "G" || suffix == "GB" || suffix == "GIB") {
    scale = 1024.0 * 1024 * 1024;
  } else {
    return std::nullopt;
  }
  const double bytes = std::strtod(number.c_str(), nullptr) * scale;
  if (!std::isfinite(bytes) || bytes < 1 || bytes > 1e15) return std::nullopt;
  return static_cast<std::uint64_t>(bytes);
}

text::argument size_arg(std::uint64_t bytes) {
  return text::rendered_text{std::to_string(bytes), [](std::string_view digits) {
                               return format_size(std::stoull(std::string(digits)));
                             }};
}

text::message over_size_limit(std::uint64_t size, const input_limits& limits) {
  return text::message(N_("the file is {1}, over the limit of {2} (raise it with --max-file-size)"), size_arg(size),
                       size_arg(limits.max_file_size));
}

std::string read_input_file(const std::string& path, const input_limits& limits) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    if (error == ENOENT) throw input_error(path, 0, 0, "", text::message(N_("cannot read the file: no such file")));
    if (error == EACCES) throw input_error(path, 0, 0, "", text::message(N_("cannot read the file: permission denied")));
    throw input_error(path, 0, 0, "",
                      text::message(N_("cannot read the file: {1}"),
                                    error == ENOTDIR ? text::message_arg::label(N_("a part of the path is not a directory"))
                                                     : text::argument(std::strerror(error))));
  }
  if (S_ISDIR(info.st_mode)) throw input_error(path, 0, 0, "", text::message(N_("cannot read the file: it is a directory")));
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > limits.max_file_size) {
    throw input_error(path, 0, 0, "", over_size_limit(static_cast<std::uint64_t>(info.st_size), limits));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, 0, 0, "", text::message(N_("cannot read the file: permission denied")));
  std::string text;
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    // A regular file is read straight into a string of its size; what a file still
    // being written has grown by since is read after, in chunks.
    text.resize(static_cast<std::size_t>(info.st_size));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw input_error(path, 0, 0, "", text::message(N_("cannot read the file: a read error")));
    if (!in.eof()) in.clear();
  }
  char chunk[65536];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits.max_file_size) {
      throw input_error(path, 0, 0, "", text::message(N_("the file is over the limit of {1} (raise it with --max-file-size)"),
                                                      size_arg(limits.max_file_size)));
    }
  }
  if (in.bad()) throw input_error(path, 0, 0, "", text::message(N_("cannot read the file: a read error")));
  return text;
}

unsigned help_line_length() {
  return text::current_language() == text::language::en ? po::options_description::m_default_line_length : 1000;
}

po::options_description limit_options(input_limits& limits, unsigned which) {
  const input_limits defaults;
  po::options_description options(text::tr("limits (a file over a limit is rejected with a message naming it)"),
                                  help_line_length());
  const std::string size_help =
      text::trf("the largest input file: bytes, or with K, M or G (default {1})", format_size(defaults.max_file_size));
  const std::string depth_help = text::trf("the deepest nesting of lists and maps, 1 to {1} (default {2})",
                                           std::to_string(max_depth_ceiling), std::to_string(defaults.max_depth));
  const std::string length_help = text::trf("the longest target expression or actual value, in characters (default {1})",
                                            format_count(defaults.max_expression_length));
  const std::string text_help = text::trf("the longest other text (a name, a note), in characters (default {1})",
                                          format_count(defaults.max_text_length));
  if (which & file_size_option) {
    options.add_options()("max-file-size", po::value<std::string>()->value_name("SIZE")->notifier([&limits](const std::string& text) {
      const auto size = parse_size(text);
      if (!size) throw po::error(text::trf("--max-file-size: expected a size such as 4M or 1G, found '{1}'", text));
      limits.max_file_size = *size;
    }), size_help.c_str());
  }
  if (which & depth_option) {
    options.add_options()("max-depth", po::value<int>()->value_name("N")->notifier([&limits](int depth) {
      if (depth < 1 || depth > max_depth_ceiling) {
        throw po::error(text::trf("--max-depth: expected 1 to {1}, found {2}", std::to_string(max_depth_ceiling),
                                  std::to_string(depth)));
      }
      limits.max_depth = depth;
    }), depth_help.c_str());
  }
  if (which & expression_length_option) {
    options.add_options()("max-expression-length", po::value<long long>()->value_name("N")->notifier([&limits](long long length) {
      if (length < 1 || length > 100'000'000) {
        throw po::error(text::trf("--max-expression-length: expected 1 to 100000000, found {1}", std::to_string(length)));
      }
      limits.max_expression_length = static_cast<std::size_t>(length);
    }), length_help.c_str());
  }
  if (which & text_length_option) {
    options.add_options()("max-text-length", po::value<long long>()->value_name("N")->notifier([&limits](long long length) {
      if (length < 1 || length > 100'000'000) {
        throw po::error(text::trf("--max-text-length: expected 1 to 100000000, found {1}", std::to_string(length)));
      }
      limits.max_text_length = static_cast<std::size_t>(length);
    }), text_help.c_str());
  }
  return options;
}

}  // namespace jixiao::engine
