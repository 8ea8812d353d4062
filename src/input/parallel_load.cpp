#include "input/parallel_load.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <exception>
#include <future>
#include <span>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "input/chunks.hpp"
#include "input/line_ends.hpp"
#include "input/quoted_lines.hpp"
#include "input/row_reader.hpp"
#include "input/row_store.hpp"
#include "input/stream_pieces.hpp"
#include "source_name.hpp"

namespace coopstat::input {
namespace {

// How often the coordinating thread reports progress while it waits for a chunk (ProgressLine redraws at most
// five times a second).
constexpr auto kProgressInterval = std::chrono::milliseconds(100);

// Keeps the rows a chunk's row loop reports; the coordinating thread adds them up and tells the real progress,
// which is not thread-safe.
class RowsSeen final : public LoadProgress {
 public:
  void update(std::string_view /*file*/, std::uint64_t /*bytes*/, std::uint64_t rows) override {
    rows_.store(rows, std::memory_order_relaxed);
  }
  [[nodiscard]] std::uint64_t rows() const { return rows_.load(std::memory_order_relaxed); }

 private:
  std::atomic<std::uint64_t> rows_{0};
};

// One chunk's reading: its rows and problems, and the exception that stopped it (a bad row in strict mode).
struct ChunkLoad {
  Table table;
  LoadReport report;
  std::exception_ptr error;
  RowsSeen progress;
};

// Readies `load` for rows of `name`, with room for `rows_at_most` rows (untouched room costs no memory). With
// `has_reporter` (an earlier input had a reporter column) rows get a reporter as one reader would give them.
void start_chunk(ChunkLoad& load, const std::string& name, std::uint64_t rows_at_most, bool has_reporter) {
  load.table.has_reporter = has_reporter;
  load.table.reserve_more(rows_at_most);
  load.table.sources.push_back({name, 0});
  load.report.files.emplace_back();
}

// Reads one piece of `rows` (its `bytes`, from a record's start on physical line `first_line`) into `table` and
// `report` as read_rows reads an input, after its replayed header. The piece has its own csv.h reader, whose 48 MiB
// buffer is only touched as far as the piece goes, so a reader's memory is a piece's size.
void read_piece(const SplitRows& rows, std::unique_ptr<io::ByteSourceBase> bytes, std::uint64_t first_line,
                const LoadOptions& options, const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read, Table& table,
                LoadReport& report) {
  // csv.h numbers the replayed header 1 and the piece's first line 2 (without a header, 1).
  const bool header = !rows.header.empty();
  auto lines = std::make_shared<LineMap>(first_line - (header ? 2 : 1));
  // The last piece may end without a line break (line_ends.hpp).
  RowSource source{rows.name,
                   prepare_records(with_line_feeds(std::make_unique<PrefixedSource>(rows.header, std::move(bytes))),
                                   rows.name, lines),
                   rows.delimiter,
                   rows.layout,
                   lines,
                   bytes_read,
                   header};
  read_rows(std::move(source), options, table, report);
}

// Reads `pieces`, consecutive chunks of the file, into `load`, reserving room for `rows_at_most` rows.
void load_pieces(const FileRows& rows, std::span<const Chunk> pieces, std::uint64_t rows_at_most, bool has_reporter,
                 const LoadOptions& options, const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read,
                 ChunkLoad& load) {
  try {
    start_chunk(load, rows.name, rows_at_most, has_reporter);
    LoadOptions piece_options = options;
    piece_options.progress = options.progress != nullptr ? &load.progress : nullptr;
    for (const Chunk& piece : pieces) {
      std::unique_ptr<io::ByteSourceBase> bytes = range_source(rows.file, piece.begin, piece.end);
      if (bytes_read) bytes = std::make_unique<CountingSource>(std::move(bytes), bytes_read);
      read_piece(rows, std::move(bytes), piece.first_line, piece_options, bytes_read, load.table, load.report);
    }
  } catch (...) {
    load.error = std::current_exception();
  }
}

// Reads a piece of a stream into `load` (the stream's bytes are counted as they are read, before the pieces).
void load_stream_piece(const SplitRows& rows, const StreamPiece& piece, bool has_reporter, const LoadOptions& options,
                       ChunkLoad& load) {
  try {
    start_chunk(load, rows.name, piece.line_breaks + 1, has_reporter);
    read_piece(rows, piece_source(piece.bytes), piece.first_line, options, nullptr, load.table, load.report);
  } catch (...) {
    load.error = std::current_exception();
  }
}

// The first row of `part` whose name in `codes` (its field or type column, names in `part_names`), appended to a
// table whose dictionary is `names`, would be beyond what a 16-bit code holds: where one reader of the whole file
// stops. Empty when every row's fits (the part's own reader may have stopped at the row beyond).
std::optional<std::size_t> row_beyond_16_bit_codes(const Dictionary& names, const Dictionary& part_names,
                                                   const std::vector<std::uint16_t>& codes) {
  if (names.size() + part_names.size() <= k16BitCodes) return std::nullopt;
  // Names new to `names` get the next codes in the part's code order, as one reader gives them. A name interned
  // by a row left out later (bad in another column) has a code but no row.
  std::vector<bool> beyond(part_names.size());
  std::size_t next_code = names.size();
  for (Dictionary::Code code = 0; code < part_names.size(); ++code)
    if (!names.find(part_names.name(code))) beyond[code] = next_code++ >= k16BitCodes;
  const auto row = std::find_if(codes.begin(), codes.end(), [&beyond](std::uint16_t code) { return beyond[code]; });
  if (row == codes.end()) return std::nullopt;
  return static_cast<std::size_t>(row - codes.begin());
}

// Throws the error one reader of the whole file throws at the first row of `part` whose field or type, appended to
// `table`, is beyond a 16-bit code (the field first on the same row, as one reader checks it first).
void check_16_bit_codes(const Table& table, const Table& part, const SplitRows& rows) {
  const auto field_row = row_beyond_16_bit_codes(table.fields, part.fields, part.field);
  const auto type_row = row_beyond_16_bit_codes(table.types, part.types, part.type);
  if (field_row && (!type_row || *field_row <= *type_row))
    throw too_many_names(rows.name, part.line[*field_row], rows.layout.roles, Role::field);
  if (type_row) throw too_many_names(rows.name, part.line[*type_row], rows.layout.roles, Role::type);
}

// Whether, in the chunks up to the first that stopped, each partner's first code (from the code column) is the
// first in the file: otherwise a chunk took as agreeing rows that one reader reports as conflicting, which only one
// reader can tell.
bool first_codes_agree(const Table& table, const std::vector<ChunkLoad>& loads) {
  std::unordered_map<std::string_view, std::string_view> first;
  const auto agree = [&first](const Table& part) {
    for (Dictionary::Code code = 0; code < part.partner_given_code.size(); ++code) {
      const std::string& given = part.partner_given_code[code];
      if (given.empty()) continue;
      const auto [known, added] = first.emplace(part.partners.name(code), given);
      if (!added && known->second != given) return false;
    }
    return true;
  };
  if (!agree(table)) return false;
  for (const ChunkLoad& load : loads) {
    if (!agree(load.table)) return false;
    if (load.error) break;
  }
  return true;
}

// Whether each partner's first code in `part`, read after `table`, is its first code in `table` too, if it has one.
bool first_codes_agree(const Table& table, const Table& part) {
  for (Dictionary::Code code = 0; code < part.partner_given_code.size(); ++code) {
    const std::string& given = part.partner_given_code[code];
    if (given.empty()) continue;
    const std::optional<Dictionary::Code> known = table.partners.find(part.partners.name(code));
    if (known && *known < table.partner_given_code.size() && !table.partner_given_code[*known].empty() &&
        table.partner_given_code[*known] != given)
      return false;
  }
  return true;
}

// Adds a chunk's problems (in order, the first kProblemsKept kept), code conflicts and the fates of its lines and
// rows to the file's.
void merge_report(LoadReport& report, const LoadReport& part) {
  for (const Error& problem : part.problems) report.add(problem);
  report.problem_count += part.problems_not_kept();
  for (const Error& conflict : part.code_conflicts)
    if (report.code_conflicts.size() < LoadReport::kProblemsKept) report.code_conflicts.push_back(conflict);
  FileReport& file = report.files.back();
  const FileReport& chunk = part.files.front();
  file.lines.add(chunk.lines);
  file.rows.add(chunk.rows);
  file.missing_lines.add(chunk.missing_lines);
}

}  // namespace

std::optional<SplitRows> rows_for_threads(const std::string& name, const LeadingLines& leading, const Header& header,
                                          const LoadOptions& options) {
  const unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
  if (threads < 2 || header.layout.wide()) return std::nullopt;
  const bool header_row = !header.layout.positional;
  return SplitRows{name,
                   header_row ? leading.record_bytes(header.record) : std::string(),
                   header_row ? header.record.last + 1ull : 1ull,
                   threads,
                   header.delimiter,
                   header.layout};
}

std::optional<FileRows> rows_to_split(const std::string& path, const std::string& name, const LeadingLines& leading,
                                      const Header& header, const LoadOptions& options) {
  if (path.empty() || is_standard_stream(path)) return std::nullopt;
  std::optional<SplitRows> rows = rows_for_threads(name, leading, header, options);
  if (!rows) return std::nullopt;
  auto file = std::make_shared<const RandomAccessFile>(path);
  if (!file->regular() || file->size() < options.parallel_min_bytes) return std::nullopt;
  // A header's quotes are closed (split_fields refuses it otherwise), so after it one reader is outside quotes,
  // as is each chunk's reader after the replayed header.
  const std::size_t end = leading.line_offset(rows->first_line);
  // Without a header (--no-header) the rows start at the first byte.
  // A header line without a line break is all there is (with_line_feeds added the one the bytes read end with).
  if (end >= file->size()) return std::nullopt;
  return FileRows{std::move(*rows), std::move(file), end};
}

bool read_rows_in_parallel(const FileRows& rows, const LoadOptions& options, Table& table, LoadReport& report,
                           const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read) {
  const std::uint64_t size = rows.file->size() - rows.begin;
  const auto pieces_per_thread = static_cast<unsigned>(
      std::max<std::uint64_t>(1, size / (std::uint64_t{rows.threads} * options.parallel_piece_bytes)));
  const std::vector<Chunk> pieces = split_records(*rows.file, rows.begin, rows.file->size(), rows.first_line,
                                                  rows.threads * pieces_per_thread, rows.threads);
  // Each thread reads a run of consecutive pieces: its chunk of the file.
  const std::size_t threads = std::min<std::size_t>(rows.threads, pieces.size());
  std::vector<std::span<const Chunk>> chunks;
  for (std::size_t thread = 0; thread < threads; ++thread)
    chunks.push_back(std::span(pieces).subspan(
        pieces.size() * thread / threads, pieces.size() * (thread + 1) / threads - pieces.size() * thread / threads));
  std::vector<ChunkLoad> loads(chunks.size());
  {
    // A record takes a line at least (one without a line break ends the data). The first chunk makes room for
    // every row, so that the others are appended to it in place and it is taken over whole by an empty table.
    const auto line_breaks = [](std::span<const Chunk> run) {
      std::uint64_t total = 0;
      for (const Chunk& piece : run) total += piece.line_breaks;
      return total;
    };
    std::vector<std::future<void>> running;
    for (std::size_t chunk = 0; chunk < chunks.size(); ++chunk)
      running.push_back(std::async(std::launch::async, load_pieces, std::cref(rows), chunks[chunk],
                                   (chunk == 0 ? line_breaks(pieces) : line_breaks(chunks[chunk])) + 1,
                                   table.has_reporter, std::cref(options), std::cref(bytes_read),
                                   std::ref(loads[chunk])));
    const std::uint64_t rows_before = table.rows();
    for (std::future<void>& chunk : running) {
      do {
        if (options.progress == nullptr || !bytes_read) continue;
        std::uint64_t rows_read = rows_before;
        for (const ChunkLoad& load : loads) rows_read += load.progress.rows();
        options.progress->update(rows.name, bytes_read->load(std::memory_order_relaxed), rows_read);
      } while (chunk.wait_for(kProgressInterval) == std::future_status::timeout);
    }
  }

  if (!first_codes_agree(table, loads)) return false;
  // In file order, up to the first chunk that stopped: codes are interned as one reader interns them, and the
  // error thrown is the earliest in the file.
  for (ChunkLoad& load : loads) {
    check_16_bit_codes(table, load.table, rows);
    table.append(std::move(load.table));
    merge_report(report, load.report);
    if (load.error) std::rethrow_exception(load.error);
  }
  return true;
}

namespace {

// A piece of a stream read on its own thread. Its bytes are kept until it is merged, to be read again if need be.
struct PieceLoad {
  StreamPiece piece;
  std::unique_ptr<ChunkLoad> load;
  std::future<void> read;  // destroyed first: waits for the thread, which fills `load`
};

void merge_piece(const SplitRows& rows, PieceLoad& piece, const LoadOptions& options, Table& table,
                 LoadReport& report) {
  piece.read.wait();
  ChunkLoad& load = *piece.load;
  if (!first_codes_agree(table, load.table)) {
    // One reader going on from the table tells which of the piece's rows conflict with the codes before them.
    read_piece(rows, piece_source(piece.piece.bytes), piece.piece.first_line, options, nullptr, table, report);
    return;
  }
  check_16_bit_codes(table, load.table, rows);
  // The stream's length is not known: the columns at least double when they grow, on huge pages (an empty table
  // takes over the first piece's columns).
  if (table.rows() > 0 && table.partner.capacity() - table.rows() < load.table.rows())
    table.reserve_more(std::max(load.table.rows(), table.rows()));
  table.append(std::move(load.table));
  merge_report(report, load.report);
  if (load.error) std::rethrow_exception(load.error);
}

}  // namespace

void read_stream_in_parallel(const SplitRows& rows, const LeadingLines& leading, io::ByteSourceBase& stream,
                             const LoadOptions& options, Table& table, LoadReport& report,
                             const std::shared_ptr<std::atomic<std::uint64_t>>& bytes_read) {
  StreamPieces pieces(std::string(leading.bytes().substr(leading.line_offset(rows.first_line))), stream,
                      rows.first_line, options.parallel_piece_bytes);
  LoadOptions piece_options = options;
  piece_options.progress = nullptr;  // told on this thread, as pieces are merged: it is not thread-safe
  const bool has_reporter = table.has_reporter;
  std::deque<PieceLoad> reading;
  const auto merge_first = [&] {
    PieceLoad first = std::move(reading.front());
    reading.pop_front();
    merge_piece(rows, first, piece_options, table, report);
    if (options.progress != nullptr && bytes_read)
      options.progress->update(rows.name, bytes_read->load(std::memory_order_relaxed), table.rows());
  };
  const auto read = [](const PieceLoad& piece) {
    return piece.read.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  };
  // The stream failing (corrupt gzip, a read error) is told after the errors of the rows before it.
  std::exception_ptr stream_error;
  while (true) {
    std::optional<StreamPiece> piece;
    try {
      piece = pieces.next();
    } catch (...) {
      stream_error = std::current_exception();
    }
    if (!piece) break;
    while (!reading.empty() && (reading.size() >= rows.threads || read(reading.front()))) merge_first();
    PieceLoad& next = reading.emplace_back(PieceLoad{std::move(*piece), std::make_unique<ChunkLoad>(), {}});
    // The thread gets the piece (shared bytes) and the load (on the heap): both stay put as `reading` changes.
    next.read = std::async(std::launch::async, load_stream_piece, std::cref(rows), next.piece, has_reporter,
                           std::cref(piece_options), std::ref(*next.load));
  }
  while (!reading.empty()) merge_first();
  if (stream_error) std::rethrow_exception(stream_error);
}

}  // namespace coopstat::input
