#pragma once
// The row loop: fast-cpp-csv-parser splits each record, coopstat checks and stores its values.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "coopstat/input_types.hpp"
#include "coopstat/table.hpp"
#include "input/byte_source.hpp"
#include "input/columns.hpp"
#include "input/quoted_lines.hpp"

namespace coopstat::input {

/// Where the rows come from and how they are laid out.
struct RowSource {
  std::string name;
  std::unique_ptr<io::ByteSourceBase> bytes;  ///< from the first byte of the input (header included)
  char delimiter = ',';
  Layout layout;
  /// The physical line of each record, where quoted fields spanned lines.
  std::shared_ptr<LineMap> lines;
  /// The bytes read from the input so far, for progress; may be null.
  std::shared_ptr<const std::atomic<std::uint64_t>> bytes_read;
  /// Whether its first record is the header, passed over; false for a file without one (--no-header).
  bool header = true;
};

/// Appends every row of a long table to `table`. A bad row throws Error, or with options.skip_bad_rows is
/// counted in `report` and skipped.
void read_rows(RowSource source, const LoadOptions& options, Table& table, LoadReport& report);

/// Appends a wide table to `table`: each cell under a year-named column is one row (the row's partner, that year,
/// the cell as its count). Missing cells are left out and counted unless options.missing says error.
void read_wide_rows(RowSource source, const LoadOptions& options, Table& table, LoadReport& report);

}  // namespace coopstat::input
