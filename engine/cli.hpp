// The jixiao command line: subcommands, options (Boost.Program_options) and their runs.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace jixiao::engine {

/// Runs `jixiao` with `args` (without the program name); returns the exit status.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

/// `jixiao parse [--json] [--actual] [--year Y] EXPR... | -`
int run_parse(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

/// `jixiao score TARGETS ACTUALS [--format F] [-o FILE] [--policy FILE] [--strict]`
int run_score(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jixiao::engine
