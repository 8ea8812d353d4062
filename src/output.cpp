#include "coopstat/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "coopstat/error.hpp"

namespace coopstat {
namespace {

bool same_file(const std::string& a, const std::string& b) {
  struct stat first {}, second {};
  return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 && first.st_dev == second.st_dev &&
         first.st_ino == second.st_ino;
}

Error write_error(const std::string& path) { return Error(path, 0, fmt::format("cannot write: {}", std::strerror(errno))); }

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs)
    if (input != "-" && same_file(path, input))
      throw usage_error(fmt::format("-o {}: refusing to overwrite an input file", path));

  std::string temporary = path + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) throw write_error(path);
  const auto fail = [&]() {
    const Error error = write_error(path);
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  };
  for (std::size_t written = 0; written < content.size();) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw fail();
    written += static_cast<std::size_t>(n);
  }
  // mkstemp creates the file 0600; give it the permissions an ordinary new file gets.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0 || ::fsync(fd) != 0) throw fail();
  if (::close(fd) != 0) {
    const Error error = write_error(path);
    ::unlink(temporary.c_str());
    throw error;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const Error error = write_error(path);
    ::unlink(temporary.c_str());
    throw error;
  }
}

}  // namespace coopstat
