#pragma once
// Splitting a file's data into chunks that start at records, for one reader per core. A quoted field may hold
// line breaks, so a chunk may start only after a line break outside quotes: a pass counts the quotes and line
// breaks of equal raw pieces in parallel, and their running totals give the quote state and the line number at
// each raw boundary, which then moves forward to the next record.

#include <cstdint>
#include <vector>

#include "input/file_range.hpp"

namespace coopstat::input {

/// Bytes [begin, end) of a file, starting at a record on physical line `first_line`, holding `line_breaks` (LFs, and
/// CRs not followed by a LF, which are lines too: line_ends.hpp).
struct Chunk {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  std::uint64_t first_line = 0;
  std::uint64_t line_breaks = 0;
};

/// Splits bytes [begin, end) of `file`, which start at a record on physical line `first_line` outside double
/// quotes, into at most `count` chunks (at least one, perhaps empty) in file order that together cover the range;
/// each after the first starts just past a line break (LF, or CR without LF) outside quotes (doubled quotes toggle
/// twice). Counts on `threads` threads (at most `count`).
std::vector<Chunk> split_records(const RandomAccessFile& file, std::uint64_t begin, std::uint64_t end,
                                 std::uint64_t first_line, unsigned count, unsigned threads);

}  // namespace coopstat::input
