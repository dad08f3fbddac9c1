#include "engine/io/temp_dir.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "engine/io/output_file.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

temp_dir::temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "jixiao-XXXXXX").string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (!::mkdtemp(buffer.data())) {
    throw output_error(text::trf("cannot make a temporary directory: {1}", std::strerror(errno)));
  }
  path_ = buffer.data();
}

temp_dir::~temp_dir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void write_whole_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw output_error(text::trf("{1}: cannot write: {2}", path, std::strerror(errno)));
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw output_error(text::trf("{1}: cannot read: {2}", path, std::strerror(errno)));
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace jixiao::engine
