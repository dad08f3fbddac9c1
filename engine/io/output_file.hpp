// Writing an output file whole or not at all.
#pragma once

#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace jixiao::engine {

/// An output that could not be written; the message names the path and the reason.
class output_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `content` to a temporary file beside `path` and renames it into place, so
/// an earlier file is replaced only by a complete one. Throws output_error.
void write_file_atomically(const std::string& path, const std::string& content);

/// The same for a library that writes to a file name (libxlsxwriter): `write` gets the
/// temporary path beside `path` and fills it. Throws output_error; whatever `write`
/// throws removes the temporary file and passes on.
void write_file_atomically_with(const std::string& path, const std::function<void(const std::string&)>& write);

/// An output written as it is produced (a province report may be large) that still
/// appears whole or not at all: a temporary file beside `path`, renamed into place
/// by commit(); dropped without commit, it is removed.
class atomic_output_file {
 public:
  explicit atomic_output_file(const std::string& path);  // throws output_error
  ~atomic_output_file();
  atomic_output_file(const atomic_output_file&) = delete;
  atomic_output_file& operator=(const atomic_output_file&) = delete;

  std::ostream& stream() { return stream_; }
  /// Flushes, syncs and renames into place; throws output_error with the reason of
  /// the first write that failed (File too large, No space left on device, …).
  void commit();

  /// For a library that writes to a file name: the temporary file it is to fill,
  /// then commit_written_by_name() (instead of commit()) to sync and rename it.
  const std::string& temporary_path() const { return temp_; }
  void commit_written_by_name();

 private:
  /// Writes to the temporary file's descriptor and keeps the first error. Every
  /// 16 MiB written it asks the kernel to start writing them to disk, so that the
  /// sync in commit() waits for the tail only, not for a province's whole report.
  class file_buffer : public std::streambuf {
   public:
    int fd = -1;
    int error = 0;
    bool flush_all();

   protected:
    int_type overflow(int_type c) override;
    int sync() override { return flush_all() ? 0 : -1; }

   private:
    void start_writeback();

    char data_[1 << 16];
    bool started_ = false;
    std::uint64_t written_ = 0;      // bytes handed to write()
    std::uint64_t written_back_ = 0;  // bytes whose writing to disk was started
  };

  void install();  // sync, close, rename into place: the one sequence of every output

  std::string path_;
  std::string temp_;
  file_buffer buffer_;
  std::ostream stream_{&buffer_};
  bool committed_ = false;
};

}  // namespace jixiao::engine
