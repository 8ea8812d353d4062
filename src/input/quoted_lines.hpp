#pragma once
// Quoted fields that span lines: csv.h splits the input at every line break, so line breaks inside double
// quotes are turned into spaces before it sees them, and the physical line of each record is kept.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
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
  /// The physical line where logical line `logical` starts.
  [[nodiscard]] std::uint64_t physical(std::uint64_t logical) const;
  /// Whether any line break was joined (only then is a record's first line not its logical number).
  [[nodiscard]] bool joined() const { return joined_.load(std::memory_order_acquire); }
  /// Notes that a line break inside quotes was joined into logical line `logical`.
  void record_join(std::uint64_t logical);

 private:
  std::uint64_t offset_;
  std::atomic<bool> joined_{false};
  mutable std::mutex mutex_;
  std::vector<std::uint64_t> joins_;  // the logical line of each joined break, in order
};

/// `source` with each line break inside double quotes read as a space (CR LF as two), recording the joins.
std::unique_ptr<io::ByteSourceBase> join_quoted_lines(std::unique_ptr<io::ByteSourceBase> source,
                                                      std::shared_ptr<LineMap> lines);

}  // namespace coopstat::input
