#include "input/byte_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <istream>

#include "coopstat/error.hpp"
#include "source_name.hpp"

namespace coopstat::input {
namespace {

// A file descriptor read with POSIX read(), looping because read() may return less than asked.
class FdSource : public io::ByteSourceBase {
 public:
  FdSource(int fd, std::string name, bool owned) : fd_(fd), name_(std::move(name)), owned_(owned) {}
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }

  int read(char* buffer, int size) override {
    int filled = 0;
    while (filled < size) {
      const ssize_t got = ::read(fd_, buffer + filled, static_cast<std::size_t>(size - filled));
      if (got == 0) break;
      if (got < 0) {
        if (errno == EINTR) continue;
        throw Error(name_, 0, std::string("cannot read: ") + std::strerror(errno));
      }
      filled += static_cast<int>(got);
    }
    return filled;
  }

 private:
  int fd_;
  std::string name_;
  bool owned_;
};

class StreamSource : public io::ByteSourceBase {
 public:
  explicit StreamSource(std::istream& input) : input_(input) {}
  int read(char* buffer, int size) override {
    input_.read(buffer, size);
    return static_cast<int>(input_.gcount());
  }

 private:
  std::istream& input_;
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> open_source(const std::string& path) {
  if (is_standard_stream(path)) return std::make_unique<FdSource>(STDIN_FILENO, source_name(path), false);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path, 0, std::string("cannot open: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    throw Error(path, 0, "cannot open: Is a directory");
  }
  return std::make_unique<FdSource>(fd, path, true);
}

std::unique_ptr<io::ByteSourceBase> stream_source(std::istream& input) { return std::make_unique<StreamSource>(input); }

PrefixedSource::PrefixedSource(std::string prefix, std::unique_ptr<io::ByteSourceBase> rest)
    : prefix_(std::move(prefix)), rest_(std::move(rest)) {}

int PrefixedSource::read(char* buffer, int size) {
  const std::size_t from_prefix = std::min(prefix_.size() - position_, static_cast<std::size_t>(size));
  std::memcpy(buffer, prefix_.data() + position_, from_prefix);
  position_ += from_prefix;
  const int copied = static_cast<int>(from_prefix);
  if (copied == size) return copied;
  return copied + read_fully(*rest_, buffer + copied, size - copied);
}

int read_fully(io::ByteSourceBase& source, char* buffer, int size) {
  int filled = 0;
  while (filled < size) {
    const int got = source.read(buffer + filled, size - filled);
    if (got <= 0) break;
    filled += got;
  }
  return filled;
}

CountingSource::CountingSource(std::unique_ptr<io::ByteSourceBase> source,
                               std::shared_ptr<std::atomic<std::uint64_t>> count)
    : source_(std::move(source)), count_(std::move(count)) {}

int CountingSource::read(char* buffer, int size) {
  const int got = source_->read(buffer, size);
  if (got > 0) count_->fetch_add(static_cast<std::uint64_t>(got), std::memory_order_relaxed);
  return got;
}

}  // namespace coopstat::input
