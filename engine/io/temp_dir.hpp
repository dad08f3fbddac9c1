// A private temporary directory (mode 0700, made by mkdtemp) removed with
// everything in it when the object goes: for libraries that read or write only
// named files (libzip, libxlsxwriter) while the data comes from or goes to memory.
#pragma once

#include <string>

namespace jixiao::engine {

class temp_dir {
 public:
  temp_dir();  // throws output_error when no directory can be made
  ~temp_dir();
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;

  /// `name` inside the directory; `name` is one of the program's own, never a user's.
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Writes `bytes` to `path`, whole; throws output_error.
void write_whole_file(const std::string& path, const std::string& bytes);

/// Reads `path` whole; throws output_error.
std::string read_whole_file(const std::string& path);

}  // namespace jixiao::engine
