#include "input/line_ends.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::Table;
using coopstat::testing::gzipped;
using coopstat::testing::ScratchFolder;

namespace {

// csv.h's block length: its first read asks for two blocks, each later read (on its reader thread) for one.
constexpr std::size_t kBlock = std::size_t{1} << 24;
// Inputs whose size is each side of the first read and of the first read on the reader thread: where csv.h's
// reads come back full, short or empty.
const std::vector<std::size_t> kBoundarySizes{2 * kBlock - 1, 2 * kBlock, 2 * kBlock + 1,
                                              3 * kBlock - 1, 3 * kBlock, 3 * kBlock + 1};
const std::string kHeader = "partner,year,agreements,note\n";
constexpr std::size_t kLine = 256;

// One row of `length` bytes, line break included: France 2020 1 and a note that fills it.
std::string row_line(std::size_t length) { return "France,2020,1," + std::string(length - 15, 'x') + "\n"; }

// Rows of exactly `bytes` bytes, each counting 1: lines of kLine bytes, the first one longer by what is left
// over, and a last line of kLine - 1 bytes, then its line break if `final_break`. Without one, the byte kBlock
// before the end is a line break: what csv.h, reading past the end of the data, finds left over from the block
// before, and takes for the end of a line.
struct Rows {
  std::string text;
  std::size_t count = 0;
};
Rows rows_of_size(std::size_t bytes, bool final_break) {
  const std::string last = row_line(kLine).substr(0, final_break ? kLine : kLine - 1);
  const std::size_t before = bytes - last.size();
  Rows rows;
  rows.count = before / kLine + 1;
  rows.text.reserve(bytes);
  rows.text += row_line(kLine + before % kLine);
  for (std::size_t line = 1; line < before / kLine; ++line) rows.text += row_line(kLine);
  rows.text += last;
  return rows;
}

// Runs `load` on its own thread: false when it has not finished within a deadline (csv.h waiting forever for a
// read its reader thread will never make), so that a hang fails the test instead of stopping the suite.
bool finishes_in_time(std::function<void()> load) {
  auto done = std::make_shared<std::promise<void>>();
  std::future<void> finished = done->get_future();
  std::thread([load = std::move(load), done] {
    try {
      load();
      done->set_value();
    } catch (...) {
      done->set_exception(std::current_exception());
    }
  }).detach();
  if (finished.wait_for(std::chrono::seconds(60)) == std::future_status::timeout) return false;
  finished.get();
  return true;
}

// What `text` reads as through with_line_feeds, asked for `size` bytes at a time.
std::string read_in_blocks(const std::string& text, int size) {
  std::istringstream input(text);
  const auto source = coopstat::input::with_line_feeds(coopstat::input::stream_source(input));
  std::string all;
  std::string block(static_cast<std::size_t>(size), '\0');
  for (int got; (got = source->read(block.data(), size)) > 0;) all.append(block, 0, static_cast<std::size_t>(got));
  return all;
}

LoadOptions options_for_test() {
  LoadOptions options;
  options.names.raw = true;
  return options;
}

// Loads the rows of `size` bytes (header included), with and without a final line break, through `load`, and
// checks that every row comes back once, with its line. `rows_before`: the rows `load` puts before those of a
// text of `size` bytes.
void check_boundary_sizes(
    const std::function<Table(const std::string& text)>& load,
    const std::function<std::size_t(std::size_t size)>& rows_before = [](std::size_t) { return std::size_t{0}; }) {
  for (const std::size_t size : kBoundarySizes) {
    for (const bool final_break : {true, false}) {
      CAPTURE(size);
      CAPTURE(final_break);
      const auto rows = std::make_shared<Rows>(rows_of_size(size - kHeader.size(), final_break));
      rows->text.insert(0, kHeader);
      REQUIRE(rows->text.size() == size);
      auto table = std::make_shared<Table>();
      REQUIRE(finishes_in_time([rows, table, load] { *table = load(rows->text); }));
      const std::size_t expected = rows_before(size) + rows->count;
      REQUIRE(table->rows() == expected);
      CHECK(table->line[expected - 1] == expected + 1);
    }
  }
}

}  // namespace

TEST_CASE("line ends: a line feed ends the last line, once, whatever the size of the reads") {
  for (const int size : {1, 2, 3, 4, 5, 64}) {
    CAPTURE(size);
    CHECK(read_in_blocks("a,b", size) == "a,b\n");
    CHECK(read_in_blocks("a,b\n", size) == "a,b\n");
    CHECK(read_in_blocks("", size).empty());
  }
}

TEST_CASE("line ends: a CR alone is read as a LF, a CR LF is left as it is, wherever the reads end") {
  for (const int size : {1, 2, 3, 4, 5, 64}) {
    CAPTURE(size);
    CHECK(read_in_blocks("a\rb\r\nc\r", size) == "a\nb\r\nc\n");
    CHECK(read_in_blocks("\r\r\n\r\r", size) == "\n\r\n\n\n");
    CHECK(read_in_blocks("x\r", size) == "x\n");
  }
}

TEST_CASE("line ends: a stream of each size around csv.h's blocks loads every row and ends") {
  check_boundary_sizes([](const std::string& text) {
    std::istringstream input(text);
    LoadReport report;
    return coopstat::load_csv(input, "big.csv", options_for_test(), report);
  });
}

TEST_CASE("line ends: a file of each size around csv.h's blocks loads every row and ends") {
  const ScratchFolder folder;
  check_boundary_sizes([&folder](const std::string& text) {
    LoadOptions options = options_for_test();
    options.threads = 1;
    LoadReport report;
    return coopstat::load_csv({folder.write("big.csv", text)}, options, report);
  });
}

TEST_CASE("line ends: a gzip file of each size around csv.h's blocks loads every row and ends") {
  const ScratchFolder folder;
  check_boundary_sizes([&folder](const std::string& text) {
    LoadReport report;
    return coopstat::load_csv({folder.write("big.csv.gz", gzipped(text, 1))}, options_for_test(), report);
  });
}

TEST_CASE("line ends: standard input of each size around csv.h's blocks loads every row and ends") {
  check_boundary_sizes([](const std::string& text) {
    int pipe_ends[2];
    REQUIRE(::pipe(pipe_ends) == 0);
    const int saved_input = ::dup(STDIN_FILENO);
    ::dup2(pipe_ends[0], STDIN_FILENO);
    ::close(pipe_ends[0]);
    std::thread writer([&text, out = pipe_ends[1]] {
      for (std::size_t written = 0; written < text.size();) {
        const ssize_t got = ::write(out, text.data() + written, text.size() - written);
        if (got <= 0) break;
        written += static_cast<std::size_t>(got);
      }
      ::close(out);
    });
    LoadReport report;
    Table table = coopstat::load_csv({"-"}, options_for_test(), report);
    writer.join();
    ::dup2(saved_input, STDIN_FILENO);
    ::close(saved_input);
    return table;
  });
}

TEST_CASE("line ends: the last piece of a split file, of each size around csv.h's blocks, loads every row and ends") {
  // Two threads, one piece each. The first piece is long lines, as many bytes as the second piece or a little more,
  // so that the file's middle is in its last line: the second reader reads the header and the rows after that line,
  // as many bytes as the size tried.
  constexpr std::size_t kLongLine = std::size_t{1} << 23;
  const auto long_lines = [](std::size_t size) { return (size - kHeader.size() + 2) / kLongLine + 1; };
  const ScratchFolder folder;
  check_boundary_sizes(
      [&folder, &long_lines](const std::string& text) {
        std::string file = kHeader;
        for (std::size_t line = 0; line < long_lines(text.size()); ++line) file += row_line(kLongLine);
        file.append(text, kHeader.size());
        LoadOptions options = options_for_test();
        options.threads = 2;
        options.parallel_min_bytes = 0;
        options.parallel_piece_bytes = std::uint64_t{1} << 40;
        LoadReport report;
        return coopstat::load_csv({folder.write("big.csv", file)}, options, report);
      },
      long_lines);
}
