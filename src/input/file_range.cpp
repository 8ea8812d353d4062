#include "input/file_range.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "coopstat/error.hpp"

namespace coopstat::input {

RandomAccessFile::RandomAccessFile(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw Error(path, 0, std::string("cannot open: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd_, &info) == 0) {
    regular_ = S_ISREG(info.st_mode);
    size_ = static_cast<std::uint64_t>(info.st_size);
  }
}

RandomAccessFile::~RandomAccessFile() { ::close(fd_); }

std::size_t RandomAccessFile::read_at(char* buffer, std::size_t size, std::uint64_t offset) const {
  std::size_t filled = 0;
  while (filled < size) {
    const ssize_t got = ::pread(fd_, buffer + filled, size - filled, static_cast<off_t>(offset + filled));
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      throw Error(path_, 0, std::string("cannot read: ") + std::strerror(errno));
    }
    filled += static_cast<std::size_t>(got);
  }
  return filled;
}

namespace {

class RangeSource : public io::ByteSourceBase {
 public:
  RangeSource(std::shared_ptr<const RandomAccessFile> file, std::uint64_t begin, std::uint64_t end)
      : file_(std::move(file)), next_(begin), end_(end) {}

  int read(char* buffer, int size) override {
    const auto wanted =
        static_cast<std::size_t>(std::min<std::uint64_t>(static_cast<std::uint64_t>(size), end_ - next_));
    const std::size_t got = file_->read_at(buffer, wanted, next_);
    next_ += got;
    return static_cast<int>(got);
  }

 private:
  std::shared_ptr<const RandomAccessFile> file_;
  std::uint64_t next_;
  std::uint64_t end_;
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> range_source(std::shared_ptr<const RandomAccessFile> file, std::uint64_t begin,
                                                 std::uint64_t end) {
  return std::make_unique<RangeSource>(std::move(file), begin, end);
}

}  // namespace coopstat::input
