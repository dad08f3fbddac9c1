// Helpers shared by the tests: paths into the source tree, files, running the CLI.
#pragma once

#include <string>
#include <vector>

namespace jixiao::testing {

/// A path inside the source tree: source_path("fixtures/seed/targets.yaml").
std::string source_path(const std::string& relative);

std::string read_file(const std::string& path);

/// Lines of a JSON Lines file, blank lines left out.
std::vector<std::string> read_lines(const std::string& path);

/// A case's input: the bytes of `input_hex` when given (invalid UTF-8 cannot be
/// written in JSON), else `input`.
std::string case_input(const std::string& input, const std::string& input_hex);

/// A scratch directory for one test, created empty, unique to this process.
std::string scratch_dir(const std::string& name);

void write_file(const std::string& path, const std::string& content);

struct cli_result {
  int status = 0;
  std::string out;
  std::string err;
};

/// Runs the jixiao command line in-process.
cli_result run_cli(const std::vector<std::string>& args, const std::string& input = "");

}  // namespace jixiao::testing
