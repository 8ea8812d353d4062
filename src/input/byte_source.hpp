#pragma once
// Byte sources for fast-cpp-csv-parser: files, standard input, streams, and a replayed prefix.

#include <libfccp/csv.h>

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <limits>  // csv.h uses std::numeric_limits without including it
#include <memory>
#include <string>

namespace coopstat::input {

/// Opens `path` for reading ("-" is standard input); throws Error when it cannot.
std::unique_ptr<io::ByteSourceBase> open_source(const std::string& path);

/// Reads a std::istream (tests load CSV text from strings this way).
std::unique_ptr<io::ByteSourceBase> stream_source(std::istream& input);

/// Yields `prefix` (bytes already taken from `rest` to look at the header), then the rest.
class PrefixedSource : public io::ByteSourceBase {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<io::ByteSourceBase> rest);
  int read(char* buffer, int size) override;

 private:
  std::string prefix_;
  std::size_t position_ = 0;
  std::unique_ptr<io::ByteSourceBase> rest_;
};

/// Passes `source` through, adding the bytes read to `count` (csv.h reads on its own thread; progress reads it).
class CountingSource : public io::ByteSourceBase {
 public:
  CountingSource(std::unique_ptr<io::ByteSourceBase> source, std::shared_ptr<std::atomic<std::uint64_t>> count);
  int read(char* buffer, int size) override;

 private:
  std::unique_ptr<io::ByteSourceBase> source_;
  std::shared_ptr<std::atomic<std::uint64_t>> count_;
};

/// Reads until `buffer` is full or the source ends: csv.h takes a short read for the end of input.
int read_fully(io::ByteSourceBase& source, char* buffer, int size);

}  // namespace coopstat::input
