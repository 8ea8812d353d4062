#pragma once
// Reading a regular file at any offset from several threads at once (pread shares no file position), and
// byte sources over ranges of it: each parallel chunk reads its own range.

#include <cstdint>
#include <memory>
#include <string>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// A regular file open for reading at offsets; safe to share between threads.
class RandomAccessFile {
 public:
  /// Opens `path`; throws Error naming it when it cannot.
  explicit RandomAccessFile(const std::string& path);
  RandomAccessFile(const RandomAccessFile&) = delete;
  RandomAccessFile& operator=(const RandomAccessFile&) = delete;
  ~RandomAccessFile();

  /// Fills `buffer` with up to `size` bytes from `offset`; fewer only at the end of the file.
  std::size_t read_at(char* buffer, std::size_t size, std::uint64_t offset) const;
  [[nodiscard]] std::uint64_t size() const { return size_; }
  [[nodiscard]] bool regular() const { return regular_; }

 private:
  std::string path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  bool regular_ = false;
};

/// The bytes [begin, end) of `file`.
std::unique_ptr<io::ByteSourceBase> range_source(std::shared_ptr<const RandomAccessFile> file, std::uint64_t begin,
                                                 std::uint64_t end);

}  // namespace coopstat::input
