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

/// `jixiao check TARGETS [ACTUALS] [--format text|json] [--policy FILE]`; 1 when a finding is an error.
int run_check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `jixiao template TARGETS [-o FILE]`: the actuals YAML to fill in.
int run_template(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `jixiao policy list | show NAME|FILE`: the named policies, or a policy in full as YAML.
int run_policy(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `jixiao import TABLE.csv|TABLE.xlsx [-o FILE] [--department NAME] [--year YEAR]`: the targets YAML.
int run_import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `jixiao serve [--host H] [--port P] [--open] [--lang zh|en]`: the local web page and HTTP interface.
int run_serve(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jixiao::engine
