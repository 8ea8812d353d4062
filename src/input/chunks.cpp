#include "input/chunks.hpp"

#include <algorithm>
#include <future>
#include <string_view>

#include "input/byte_masks.hpp"

namespace coopstat::input {
namespace {

constexpr std::size_t kCountBlock = 1 << 20;
// Moving a boundary usually passes one line: read little at a time.
constexpr std::size_t kScanBlock = 1 << 16;

// `buffer` is the counting thread's, reused for each of its pieces: a block and the byte after it, which tells
// whether a CR at the block's end is a line break.
QuotesAndBreaks tally(const RandomAccessFile& file, std::uint64_t begin, std::uint64_t end, std::vector<char>& buffer) {
  QuotesAndBreaks total;
  for (std::uint64_t at = begin; at < end;) {
    const std::size_t wanted = std::min<std::uint64_t>(kCountBlock, end - at);
    const std::size_t read = file.read_at(buffer.data(), wanted + 1, at);
    const std::size_t got = std::min(read, wanted);
    if (got == 0) break;
    const QuotesAndBreaks block = count_quotes_and_breaks(buffer.data(), got, read > wanted ? buffer[wanted] : '\0');
    total.quotes += block.quotes;
    total.line_breaks += block.line_breaks;
    at += got;
  }
  return total;
}

// Just past the first line break (a LF, or a CR not followed by a LF) outside quotes at or after `from` (where the
// quote state is `quoted`), or `end`; adds every line break passed to `line`.
std::uint64_t next_record(const RandomAccessFile& file, std::uint64_t from, std::uint64_t end, bool quoted,
                          std::uint64_t& line) {
  // A block and the byte after it (for a CR at the block's end).
  std::vector<char> buffer(kScanBlock + 1);
  for (std::uint64_t at = from; at < end;) {
    const std::size_t wanted = std::min<std::uint64_t>(kScanBlock, end - at);
    const std::size_t read = file.read_at(buffer.data(), wanted + 1, at);
    const std::size_t got = std::min(read, wanted);
    if (got == 0) break;
    for (std::size_t i = 0; i < got; ++i) {
      if (buffer[i] == '"') {
        quoted = !quoted;
      } else if (buffer[i] == '\n' || (buffer[i] == '\r' && (i + 1 == read || buffer[i + 1] != '\n'))) {
        ++line;
        if (!quoted) return at + i + 1;
      }
    }
    at += got;
  }
  return end;
}

}  // namespace

std::vector<Chunk> split_records(const RandomAccessFile& file, std::uint64_t begin, std::uint64_t end,
                                 std::uint64_t first_line, unsigned count, unsigned threads) {
  count = std::max(count, 1u);
  threads = std::clamp(threads, 1u, count);
  std::vector<std::uint64_t> raw(count + 1);
  for (unsigned piece = 0; piece <= count; ++piece) raw[piece] = begin + (end - begin) * piece / count;

  // Each thread tallies a run of consecutive pieces.
  std::vector<QuotesAndBreaks> tallies(count);
  std::vector<std::future<void>> counting;
  for (unsigned thread = 0; thread < threads; ++thread)
    counting.push_back(std::async(std::launch::async, [&, thread] {
      std::vector<char> buffer(kCountBlock + 1);
      for (unsigned piece = count * thread / threads; piece < count * (thread + 1) / threads; ++piece)
        tallies[piece] = tally(file, raw[piece], raw[piece + 1], buffer);
    }));
  for (std::future<void>& thread : counting) thread.get();

  std::vector<Chunk> chunks{{begin, end, first_line}};
  std::uint64_t quotes = 0;
  std::uint64_t line = first_line;  // the physical line at raw[piece]
  for (unsigned piece = 1; piece < count; ++piece) {
    quotes += tallies[piece - 1].quotes;
    line += tallies[piece - 1].line_breaks;
    std::uint64_t start_line = line;
    const std::uint64_t start = next_record(file, raw[piece], end, quotes % 2 == 1, start_line);
    // No record starts in this piece: the previous chunk goes on through it.
    if (start <= chunks.back().begin || start >= end) continue;
    chunks.back().end = start;
    chunks.back().line_breaks = start_line - chunks.back().first_line;
    chunks.push_back({start, end, start_line});
  }
  chunks.back().line_breaks = line + tallies.back().line_breaks - chunks.back().first_line;
  return chunks;
}

}  // namespace coopstat::input
