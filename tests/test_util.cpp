#include "tests/test_util.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "engine/cli/cli.hpp"

namespace jixiao::testing {

std::string source_path(const std::string& relative) { return std::string(JIXIAO_SOURCE_DIR) + "/" + relative; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::string case_input(const std::string& input, const std::string& input_hex) {
  if (input_hex.empty()) return input;
  std::string bytes;
  for (std::size_t i = 0; i + 1 < input_hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(input_hex.substr(i, 2), nullptr, 16)));
  }
  return bytes;
}

std::string scratch_dir(const std::string& name) {
  // One per process: CTest runs the tests of one binary as parallel processes.
  const auto dir = std::filesystem::temp_directory_path() /
                   ("jixiao_test_" + name + "_" + std::to_string(static_cast<long>(::getpid())));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

cli_result run_cli(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  const int status = engine::run(args, in, out, err);
  return {status, out.str(), err.str()};
}

}  // namespace jixiao::testing
