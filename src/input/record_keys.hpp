#pragma once
// The key of every record, for `check`'s duplicate rule: a record's cells in the columns that say what it is about
// (every column but the count, or the columns named with --key), taken from the bytes csv.h reads as they pass.

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "coopstat/input_types.hpp"
#include "input/byte_source.hpp"
#include "input/columns.hpp"
#include "input/quoted_lines.hpp"

namespace coopstat::input {

/// The keys of one input's records, in line order; written by the source (perhaps on csv.h's reader thread).
class RecordKeyLog {
 public:
  void add(const RecordKey& key);
  /// The keys, once the input has been read.
  [[nodiscard]] std::vector<RecordKey> take();

 private:
  std::mutex mutex_;
  std::vector<RecordKey> keys_;
};

/// The positions of the header columns whose cells make a record's key: those named in `key_columns` (exactly, or
/// as normalize_header_name() reads them), or when it is empty every column but the count and a wide table's year
/// columns. A name that is no column throws Error naming `file` and the header's `line`.
std::vector<std::size_t> key_column_positions(const Layout& layout, const std::vector<std::string>& key_columns,
                                              const std::string& file, std::uint32_t line);

/// `records` (as prepare_records() gives them) passed through unchanged, each record after the header line
/// `header_line` adding to `log` the key of its cells at `positions` (blank lines, which hold no row, add none).
std::unique_ptr<io::ByteSourceBase> logging_record_keys(std::unique_ptr<io::ByteSourceBase> records, char delimiter,
                                                        std::vector<std::string> header_names,
                                                        std::vector<std::size_t> positions, std::uint32_t header_line,
                                                        std::shared_ptr<const LineMap> lines,
                                                        std::shared_ptr<RecordKeyLog> log);

}  // namespace coopstat::input
