#pragma once
// Reading one big file on every core: its data is split into chunks at record boundaries (chunks.hpp), each chunk
// is read by its own csv.h reader on its own thread into its own Table and LoadReport, and the pieces are merged
// in file order, so that the result is exactly what one reader gives, errors included.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "coopstat/input_types.hpp"
#include "coopstat/table.hpp"
#include "input/columns.hpp"
#include "input/file_range.hpp"
#include "input/header_search.hpp"
#include "input/leading_lines.hpp"

namespace coopstat::input {

/// The rows of a regular file after its header, and how many threads are to read them.
struct FileRows {
  std::shared_ptr<const RandomAccessFile> file;
  std::string name;
  /// The header's bytes with its line break (those inside it as spaces), replayed before every chunk; empty for a
  /// file without a header (--no-header).
  std::string header;
  std::uint64_t begin = 0;       ///< the offset just after the header line
  std::uint64_t first_line = 0;  ///< the physical line there
  unsigned threads = 1;
  char delimiter = ',';
  Layout layout;
};

/// The rows of the file at `path` (whose lines up to `header` were read by `leading`; empty when the text read is
/// not the file's own bytes, e.g. decompressed), when they are worth reading on several threads: a long table in a
/// regular file of options.parallel_min_bytes or more, with more than one thread to use (options.threads, or the
/// cores). Otherwise empty: one reader reads them.
std::optional<FileRows> rows_to_split(const std::string& path, const std::string& name, const LeadingLines& leading,
                                      const Header& header, const LoadOptions& options);

/// Appends `rows` to `table` (whose last source is their file) and its problems to `report` (whose last file is
/// theirs), as read_rows does. A bad row is thrown as read_rows would throw it: the first in the file. For
/// progress, `bytes_read` (may be null) counts the bytes read by every thread. Returns false, having changed
/// nothing, when a partner's code in one chunk differs from its first code in the file: only one reader can tell
/// which rows conflict, so read_rows is to read the file instead.
bool read_rows_in_parallel(const FileRows& rows, const LoadOptions& options, Table& table, LoadReport& report,
                           const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read);

}  // namespace coopstat::input
