#pragma once
// The bytes csv.h reads, prepared in one pass. Quoted fields that span lines: csv.h splits the input at every line
// break, so line breaks inside double quotes are turned into spaces before it sees them, and the physical line of
// each record is kept. A NUL byte is refused there too.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// Maps the line numbers csv.h counts (logical: one per record) to the physical lines of the input. Written by
/// the source (perhaps on csv.h's reader thread), read by the row loop.
class LineMap {
 public:
  /// `offset`: the physical lines an input's logical numbering leaves out (a chunk of a file, read after its
  /// replayed header, starts that many lines further on).
  explicit LineMap(std::uint64_t offset = 0) : offset_(offset) {}
  /// The physical lines before the input's first (logical) line.
  [[nodiscard]] std::uint64_t offset() const { return offset_; }
  /// The physical line where logical line `logical` starts.
  [[nodiscard]] std::uint64_t physical(std::uint64_t logical) const;
  /// Whether any line break was joined (only then is a record's first line not its logical number).
  [[nodiscard]] bool joined() const { return joined_.load(std::memory_order_acquire); }
  /// How many line breaks were joined: the lines after the first of records that span lines.
  [[nodiscard]] std::uint64_t joins() const;
  /// Notes that a line break inside quotes was joined into logical line `logical`.
  void record_join(std::uint64_t logical);

 private:
  std::uint64_t offset_;
  std::atomic<bool> joined_{false};
  mutable std::mutex mutex_;
  std::vector<std::uint64_t> joins_;  // the logical line of each joined break, in order
};

/// `source` as csv.h should read it: each line break inside double quotes read as a space (CR LF as two), the joins
/// recorded in `lines`, and a NUL byte thrown as an Error naming `name` and its physical line (binary_guard.hpp).
/// The source's first byte is on physical line lines->offset() + 1.
std::unique_ptr<io::ByteSourceBase> prepare_records(std::unique_ptr<io::ByteSourceBase> source, std::string name,
                                                    std::shared_ptr<LineMap> lines);

}  // namespace coopstat::input
