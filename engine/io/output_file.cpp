#include "engine/io/output_file.hpp"
#include "grammar/text/language.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jixiao::engine {

namespace {

std::string directory_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// The reason a write failed: the common ones in the reader's language, the others as
// the system words them.
std::string reason(int error) {
  switch (error) {
    case ENOENT: return text::tr("no such file or directory");
    case ENOTDIR: return text::tr("a part of the path is not a directory");
    case EACCES: return text::tr("permission denied");
    case ENOSPC: return text::tr("no space left on the device");
    case EROFS: return text::tr("the file system is read-only");
    default: return std::strerror(error);
  }
}

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw output_error(text::trf("{1}: cannot write the output: {2}", path, why));
}

// Only a regular file (or a new one) can be replaced by renaming: renamed over, a
// device such as /dev/full or /dev/stdout would become a regular file (as root).
void refuse_special_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode)) return;
  fail(path, S_ISDIR(info.st_mode) ? text::tr("it is a directory")
                                   : text::tr("it is not a regular file (a device or a pipe); give a file, or leave out -o"));
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& content) {
  atomic_output_file file(path);
  file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  file.commit();
}

void write_file_atomically_with(const std::string& path, const std::function<void(const std::string&)>& write) {
  atomic_output_file file(path);
  write(file.temporary_path());  // what it throws drops the file, which removes the temporary one
  file.commit_written_by_name();
}

bool atomic_output_file::file_buffer::flush_all() {
  if (!started_) {
    setp(data_, data_ + sizeof data_);
    started_ = true;
  }
  const char* from = pbase();
  while (from < pptr()) {
    const ssize_t n = ::write(fd, from, static_cast<std::size_t>(pptr() - from));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (error == 0) error = errno;
      setp(data_, data_ + sizeof data_);
      return false;
    }
    from += n;
    written_ += static_cast<std::uint64_t>(n);
  }
  setp(data_, data_ + sizeof data_);
  start_writeback();
  return error == 0;
}

void atomic_output_file::file_buffer::start_writeback() {
  constexpr std::uint64_t step = std::uint64_t{16} << 20;
  if (written_ - written_back_ < step) return;
#ifdef SYNC_FILE_RANGE_WRITE
  // Only a start: it does not wait, and a failure here is found again by fsync.
  ::sync_file_range(fd, static_cast<off_t>(written_back_), static_cast<off_t>(written_ - written_back_),
                    SYNC_FILE_RANGE_WRITE);
#endif
  written_back_ = written_;
}

atomic_output_file::file_buffer::int_type atomic_output_file::file_buffer::overflow(int_type c) {
  if (!flush_all()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

atomic_output_file::atomic_output_file(const std::string& path) : path_(path) {
  refuse_special_file(path);
  temp_ = directory_of(path) + "/.jixiao-XXXXXX";
  buffer_.fd = ::mkstemp(temp_.data());
  if (buffer_.fd < 0) fail(path, reason(errno));
}

atomic_output_file::~atomic_output_file() {
  if (buffer_.fd >= 0) ::close(buffer_.fd);
  if (!committed_) ::unlink(temp_.c_str());
}

void atomic_output_file::commit() {
  stream_.flush();
  buffer_.flush_all();
  if (buffer_.error != 0) fail(path_, reason(buffer_.error));
  install();
}

void atomic_output_file::commit_written_by_name() {
  // The library wrote by name and may have replaced the file: sync the one there now.
  ::close(buffer_.fd);
  buffer_.fd = ::open(temp_.c_str(), O_RDONLY);
  if (buffer_.fd < 0) fail(path_, reason(errno));
  install();
}

void atomic_output_file::install() {
  const int fd = buffer_.fd;
  buffer_.fd = -1;
  if (::fsync(fd) != 0) {
    const int why = errno;
    ::close(fd);
    fail(path_, reason(why));
  }
  if (::close(fd) != 0) fail(path_, reason(errno));
  ::chmod(temp_.c_str(), 0644);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, reason(errno));
  committed_ = true;
}

}  // namespace jixiao::engine
