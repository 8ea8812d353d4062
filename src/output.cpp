#include "coopstat/output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

#include "coopstat/error.hpp"
#include "source_name.hpp"

namespace coopstat {
namespace {

namespace fs = std::filesystem;

// As many links as the kernel follows before it gives up with ELOOP.
constexpr int kMaxLinks = 40;

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

bool same_file(const std::string& a, const std::string& b) {
  struct stat first {
  }, second{};
  return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 && same_file(first, second);
}

Error write_error(const std::string& path) {
  return Error(path, 0, fmt::format("cannot write: {}", std::strerror(errno)));
}

// The path at the end of a chain of symbolic links; it may not exist yet (a dangling link names the file to create).
std::string final_target(const std::string& path) {
  fs::path current = path;
  for (int followed = 0; followed <= kMaxLinks; ++followed) {
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(current, error))) return current.string();
    const fs::path target = fs::read_symlink(current, error);
    if (error) throw Error(path, 0, fmt::format("cannot write: {}", error.message()));
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  throw Error(path, 0, "cannot write: too many levels of symbolic links");
}

// Writes all of `content` to `fd`; false with errno set when a write fails.
bool write_all(int fd, std::string_view content) {
  for (std::size_t written = 0; written < content.size();) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

// Whether standard output or standard error is open on `file` (`-o /dev/stdout`, or a link to it).
bool is_standard_stream(const struct stat& file) {
  for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
    struct stat stream {};
    if (::fstat(fd, &stream) == 0 && same_file(stream, file)) return true;
  }
  return false;
}

// A device, a FIFO or a standard stream's file is written into as it is: replacing it would break whatever reads
// from it. At its end, as the stream itself writes, so that `-o /dev/stdout >> report.md` appends.
void write_into(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0) throw write_error(path);
  if (!write_all(fd, content)) {
    const Error error = write_error(path);
    ::close(fd);
    throw error;
  }
  if (::close(fd) != 0) throw write_error(path);
}

// Writes `target` through a temporary file in its folder, renamed over it at the end; errors name `path`, the
// name the user gave. `mode` is that of the file replaced, if any.
void replace_atomically(const std::string& path, const std::string& target, std::string_view content,
                        std::optional<mode_t> mode) {
  std::string temporary = target + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) throw write_error(path);
  const auto fail = [&]() {
    const Error error = write_error(path);
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  };
  if (!write_all(fd, content)) throw fail();
  // mkstemp creates the file 0600: give it the mode of the file it replaces, or the one a new file gets.
  if (!mode) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::fchmod(fd, *mode) != 0 || ::fsync(fd) != 0) throw fail();
  if (::close(fd) != 0) {
    const Error error = write_error(path);
    ::unlink(temporary.c_str());
    throw error;
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const Error error = write_error(path);
    ::unlink(temporary.c_str());
    throw error;
  }
}

}  // namespace

void refuse_input_as_output(const std::string& path, const std::vector<std::string>& inputs) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) != 0 || !S_ISREG(existing.st_mode)) return;
  for (const std::string& input : inputs)
    if (!is_standard_stream(input) && same_file(path, input))
      throw usage_error(fmt::format("-o {}: refusing to overwrite an input file", path));
}

void write_output_file(const std::string& path, std::string_view content, const std::vector<std::string>& inputs) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) != 0) {
    // Nothing there yet, or a dangling link: a new file, unless the folder is missing (which mkstemp reports).
    if (errno != ENOENT) throw write_error(path);
    replace_atomically(path, final_target(path), content, std::nullopt);
    return;
  }
  if (S_ISDIR(existing.st_mode)) throw Error(path, 0, "is a folder; -o needs a file name");
  if (S_ISCHR(existing.st_mode) || S_ISFIFO(existing.st_mode) || is_standard_stream(existing))
    return write_into(path, content);
  if (!S_ISREG(existing.st_mode))
    throw Error(path, 0, "cannot write: not a regular file, a character device or a FIFO");
  refuse_input_as_output(path, inputs);
  replace_atomically(path, final_target(path), content, existing.st_mode & 07777);
}

}  // namespace coopstat
