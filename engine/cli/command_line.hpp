// The part every subcommand shares: reading its options with Boost.Program_options.
#pragma once

#include <boost/program_options.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::engine {

/// Reads `args` into `vm` for `jixiao <command>`. Returns the exit status when the
/// command is done (`--help` printed: 0; a wrong option: 64, with the error and the
/// options on `err`), or nullopt when it should go on.
std::optional<int> read_command_line(const std::string& command, const std::vector<std::string>& args,
                                     const boost::program_options::options_description& options,
                                     const boost::program_options::positional_options_description& positional,
                                     boost::program_options::variables_map& vm, std::ostream& out, std::ostream& err,
                                     int style = boost::program_options::command_line_style::default_style);

/// A command-line error of Boost.Program_options as a sentence in the reader's language.
std::string command_line_error(const boost::program_options::error& e);

/// Writes a command's result to standard output, or whole or not at all to
/// `output` when given; returns the exit status (0, or 3 when it cannot be written).
int deliver_output(const std::string& output, const std::string& text, std::ostream& out, std::ostream& err);

}  // namespace jixiao::engine
