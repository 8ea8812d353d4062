#pragma once
// Reading one long table on every core. A big regular file is split into chunks at record boundaries (chunks.hpp),
// read at offsets; any other input (standard input, gzip, a small file…) is cut into pieces as it arrives
// (stream_pieces.hpp). Each chunk or piece is read by its own csv.h reader on its own thread into its own Table and
// LoadReport, and they are merged in input order, so that the result is exactly what one reader gives, errors
// included.

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

/// The rows after an input's header, to be read by several threads, each piece by its own csv.h reader.
struct SplitRows {
  std::string name;
  /// The header's bytes with its line break (those inside it as spaces), replayed before each piece; empty for an
  /// input without a header (--no-header).
  std::string header;
  std::uint64_t first_line = 0;  ///< the physical line after the header's (1 without a header)
  unsigned threads = 1;
  char delimiter = ',';
  Layout layout;
};

/// The rows of a regular file after its header, read at offsets.
struct FileRows : SplitRows {
  std::shared_ptr<const RandomAccessFile> file;
  std::uint64_t begin = 0;  ///< the offset just after the header line
};

/// The rows after `header` (whose lines `leading` read), when more than one thread is to read them
/// (options.threads, or the cores) and they are a long table. Otherwise empty: one reader reads them.
std::optional<SplitRows> rows_for_threads(const std::string& name, const LeadingLines& leading, const Header& header,
                                          const LoadOptions& options);

/// The rows of the file at `path` (whose lines up to `header` were read by `leading`), when they are worth reading
/// on several threads at offsets: rows_for_threads gives them, and the file is a regular file of
/// options.parallel_min_bytes or more. `path` is empty when the text read is not the file's own bytes (decompressed,
/// converted, a workbook's sheet). Otherwise empty.
std::optional<FileRows> rows_to_split(const std::string& path, const std::string& name, const LeadingLines& leading,
                                      const Header& header, const LoadOptions& options);

/// Appends `rows` to `table` (whose last source is their file) and its problems to `report` (whose last file is
/// theirs), as read_rows does. A bad row is thrown as read_rows would throw it: the first in the file. For
/// progress, `bytes_read` (may be null) counts the bytes read by every thread. Returns false, having changed
/// nothing, when a partner's code in one chunk differs from its first code in the file: only one reader can tell
/// which rows conflict, so read_rows is to read the file instead.
bool read_rows_in_parallel(const FileRows& rows, const LoadOptions& options, Table& table, LoadReport& report,
                           const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read);

/// Appends `rows`, read from a stream as it arrives, to `table` and its problems to `report`, exactly as read_rows
/// does (errors, line numbers and line fates included): the bytes `leading` read past the header, then the rest of
/// `stream`, are cut into pieces of about options.parallel_piece_bytes at records (stream_pieces.hpp), and at most
/// one piece a thread is read at once, each on its own thread, merged in order as soon as it is read. A piece whose
/// partners' first codes differ from the table's is read again on this thread into the table itself: only one
/// reader can tell which of its rows conflict. For progress, `bytes_read` (may be null) counts the stream's bytes.
void read_stream_in_parallel(const SplitRows& rows, const LeadingLines& leading, io::ByteSourceBase& stream,
                             const LoadOptions& options, Table& table, LoadReport& report,
                             const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read);

}  // namespace coopstat::input
