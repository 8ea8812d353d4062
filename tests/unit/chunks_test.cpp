#include "input/chunks.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "test_support.hpp"

using coopstat::input::Chunk;
using coopstat::input::RandomAccessFile;
using coopstat::input::split_records;

namespace {

// Where each record of `text` starts (just after a line break outside quotes), with its physical line.
struct RecordStart {
  std::uint64_t offset;
  std::uint64_t line;
};

// A line break: a LF, or a CR not followed by a LF (CR LF is one line break, at its LF).
bool line_break_at(const std::string& text, std::size_t at) {
  return text[at] == '\n' || (text[at] == '\r' && (at + 1 == text.size() || text[at + 1] != '\n'));
}

std::uint64_t line_breaks_in(const std::string& text, std::uint64_t begin, std::uint64_t end) {
  std::uint64_t breaks = 0;
  for (std::uint64_t at = begin; at < end; ++at) breaks += line_break_at(text, at) ? 1 : 0;
  return breaks;
}

std::vector<RecordStart> record_starts(const std::string& text) {
  std::vector<RecordStart> starts{{0, 1}};
  bool quoted = false;
  std::uint64_t line = 1;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '"') quoted = !quoted;
    if (!line_break_at(text, at)) continue;
    ++line;
    if (!quoted) starts.push_back({at + 1, line});
  }
  return starts;
}

// The chunks cover the text in order, each starting at a record with its line number.
void check_chunks(const std::string& text, const std::vector<Chunk>& chunks, unsigned count) {
  REQUIRE_FALSE(chunks.empty());
  CHECK(chunks.size() <= count);
  CHECK(chunks.front().begin == 0);
  CHECK(chunks.front().first_line == 1);
  CHECK(chunks.back().end == text.size());
  for (const Chunk& chunk : chunks) CHECK(chunk.line_breaks == line_breaks_in(text, chunk.begin, chunk.end));
  const std::vector<RecordStart> starts = record_starts(text);
  for (std::size_t chunk = 1; chunk < chunks.size(); ++chunk) {
    CHECK(chunks[chunk].begin == chunks[chunk - 1].end);
    CHECK(chunks[chunk].begin > chunks[chunk - 1].begin);
    const auto start = std::find_if(starts.begin(), starts.end(),
                                    [&](const RecordStart& s) { return s.offset == chunks[chunk].begin; });
    REQUIRE(start != starts.end());
    CHECK(chunks[chunk].first_line == start->line);
  }
}

std::vector<Chunk> split(const coopstat::testing::ScratchFolder& folder, const std::string& text, unsigned count) {
  const RandomAccessFile file(folder.write("data.csv", text));
  // Two threads tally: each its run of pieces when there are more pieces than threads.
  return split_records(file, 0, file.size(), 1, count, 2);
}

}  // namespace

TEST_CASE("chunks: plain lines are split near equal sizes, at line starts") {
  const coopstat::testing::ScratchFolder folder;
  std::string text;
  for (int row = 0; row < 100; ++row) text += "France,2020,1\n";
  const std::vector<Chunk> chunks = split(folder, text, 4);
  check_chunks(text, chunks, 4);
  CHECK(chunks.size() == 4);
}

TEST_CASE("chunks: a raw boundary inside a quoted field spanning lines moves past the whole record") {
  const coopstat::testing::ScratchFolder folder;
  std::string notes;
  for (int line = 0; line < 40; ++line) notes += "a note, \"\"quoted\"\", on its own line\n";
  const std::string text = "France,2020,\"short\"\nJapan,2021,\"" + notes + "\"\nPeru,2022,\"x\"\n";
  const std::vector<Chunk> chunks = split(folder, text, 2);
  check_chunks(text, chunks, 2);
  REQUIRE(chunks.size() == 2);
  CHECK(text.substr(chunks[1].begin) == "Peru,2022,\"x\"\n");
  CHECK(chunks[1].first_line == 43);
}

TEST_CASE("chunks: no record start after a raw boundary leaves fewer chunks") {
  const coopstat::testing::ScratchFolder folder;
  const std::string text = "\"one long field\nwith lines\nthat never\ncloses";
  CHECK(split(folder, text, 3).size() == 1);
  CHECK(split(folder, "", 3).size() == 1);
}

TEST_CASE("chunks: a CR alone ends a line, CR LF ends one line, also across the blocks counted at once") {
  const coopstat::testing::ScratchFolder folder;
  for (const std::string line_break : {"\r", "\r\n"}) {
    CAPTURE(line_break.size());
    // A blank line, then lines of 16 bytes with CR LF: the CR LF at 1 MiB straddles two blocks the tally reads.
    std::string text = "\n";
    for (int row = 0; row < 200000; ++row) text += (row % 2 == 0 ? "France,2020,1 " : "Peru,2021,2   ") + line_break;
    const std::vector<Chunk> chunks = split(folder, text, 7);
    check_chunks(text, chunks, 7);
    CHECK(chunks.size() == 7);
    CHECK(chunks.back().first_line + chunks.back().line_breaks == 200002);
  }
}

TEST_CASE("chunks: random text of quotes, separators and line breaks always splits at records") {
  const coopstat::testing::ScratchFolder folder;
  std::mt19937 random(8);
  const std::string alphabet = "ab,\"\n\r";
  for (int trial = 0; trial < 300; ++trial) {
    std::string text(random() % 200, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    const unsigned count = 1 + random() % 6;
    CAPTURE(text);
    CAPTURE(count);
    check_chunks(text, split(folder, text, count), count);
  }
}

TEST_CASE("chunks: a range inside the file starts at its own line") {
  const coopstat::testing::ScratchFolder folder;
  const std::string text = "title\n\npartner,year\nFrance,2020\nJapan,2021\nPeru,2022\nChile,2023\n";
  const RandomAccessFile file(folder.write("data.csv", text));
  const std::uint64_t begin = text.find("France");
  const std::vector<Chunk> chunks = split_records(file, begin, file.size(), 4, 2, 2);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].begin == begin);
  CHECK(chunks[1].first_line ==
        4 + static_cast<std::uint64_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                                  text.begin() + static_cast<std::ptrdiff_t>(chunks[1].begin), '\n')));
}
