#include "input/parallel_load.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::Table;
using coopstat::testing::counts_of;
using coopstat::testing::lines_of;
using coopstat::testing::ScratchFolder;

namespace {

// A load's table, report, and the error that stopped it ("" for none).
struct Loaded {
  Table table;
  LoadReport report;
  std::string error;
};

// Loads `paths` on `threads` threads, every file split at offsets however small, or with `as_streams` every file
// read as a stream, cut into pieces as it is read.
Loaded load_with(const std::vector<std::string>& paths, unsigned threads, LoadOptions options,
                 bool as_streams = false) {
  options.threads = threads;
  options.parallel_min_bytes = as_streams ? std::numeric_limits<std::uint64_t>::max() : 0;
  Loaded loaded;
  try {
    loaded.table = coopstat::load_csv(paths, options, loaded.report);
  } catch (const coopstat::Error& error) {
    loaded.error = error.located_message();
  }
  return loaded;
}

// Loads the file at `path` as a stream, as standard input or gzip is read, on `threads` threads.
Loaded load_stream_with(const std::string& path, unsigned threads, LoadOptions options) {
  options.threads = threads;
  std::ifstream file(path, std::ios::binary);
  Loaded loaded;
  try {
    loaded.table = coopstat::load_csv(file, path, options, loaded.report);
  } catch (const coopstat::Error& error) {
    loaded.error = error.located_message();
  }
  return loaded;
}

std::vector<std::string> names(const coopstat::Dictionary& dictionary) {
  std::vector<std::string> all;
  for (coopstat::Dictionary::Code code = 0; code < dictionary.size(); ++code) all.push_back(dictionary.name(code));
  return all;
}

std::vector<std::string> messages(const LoadReport& report) {
  std::vector<std::string> all;
  for (const coopstat::Error& problem : report.problems) all.push_back(problem.located_message());
  return all;
}

void check_same_table(const Table& one, const Table& many) {
  const auto dictionaries = [](const Table& table) {
    return std::vector{names(table.partners), names(table.fields), names(table.types), names(table.reporters),
                       names(table.pairs)};
  };
  CHECK(dictionaries(many) == dictionaries(one));
  const auto codes = [](const Table& table) {
    return std::vector{table.partner, table.reporter, table.pair, table.partner_entry};
  };
  CHECK(codes(many) == codes(one));
  CHECK(many.field == one.field);
  CHECK(many.type == one.type);
  CHECK(many.year == one.year);
  CHECK(counts_of(many.count) == counts_of(one.count));
  CHECK(lines_of(many.line) == lines_of(one.line));
  CHECK(many.partner_given_code == one.partner_given_code);
  CHECK(many.has_reporter == one.has_reporter);
  const auto sources = [](const Table& table) {
    std::vector<std::tuple<std::string, std::size_t, bool, bool>> all;
    for (const auto& source : table.sources)
      all.emplace_back(source.name, source.first_row, source.has_field, source.has_type);
    return all;
  };
  CHECK(sources(many) == sources(one));
  CHECK(many.has_field == one.has_field);
  CHECK(many.has_type == one.has_type);
  CHECK(many.counts_whole() == one.counts_whole());
}

// Each file's line fates, in order.
std::vector<std::vector<std::uint64_t>> fates(const LoadReport& report) {
  std::vector<std::vector<std::uint64_t>> all;
  for (const auto& file : report.files)
    all.push_back({file.lines.header, file.lines.preamble, file.lines.blank, file.lines.joined, file.lines.kept,
                   file.lines.skipped, file.lines.missing, file.lines.aggregate, file.lines.mirror});
  return all;
}

void check_same_report(const LoadReport& one, const LoadReport& many) {
  CHECK(messages(many) == messages(one));
  CHECK(many.problem_count == one.problem_count);
  const auto files = [](const LoadReport& report) {
    std::vector<std::tuple<std::string, std::uint32_t, std::uint64_t, std::uint64_t, std::uint64_t, std::uint64_t,
                           std::vector<std::uint64_t>, std::uint64_t>>
        all;
    for (const auto& file : report.files)
      all.emplace_back(file.name, file.header_line, file.rows.loaded, file.rows.skipped, file.rows.missing,
                       file.missing_lines.count, file.missing_lines.first, file.missing_lines.last);
    return all;
  };
  CHECK(files(many) == files(one));
  std::vector<std::string> conflicts_one, conflicts_many;
  for (const auto& conflict : one.code_conflicts) conflicts_one.push_back(conflict.located_message());
  for (const auto& conflict : many.code_conflicts) conflicts_many.push_back(conflict.located_message());
  CHECK(conflicts_many == conflicts_one);
  CHECK(many.pairs.mirrors == one.pairs.mirrors);
  CHECK(many.pairs.first_differing_line == one.pairs.first_differing_line);
  CHECK(many.names.unknown.size() == one.names.unknown.size());
  CHECK(many.names.merged.size() == one.names.merged.size());
  CHECK(many.names.aggregate_rows_excluded == one.names.aggregate_rows_excluded);
}

void check_same_load(const Loaded& one, const Loaded& many) {
  CHECK(many.error == one.error);
  check_same_table(one.table, many.table);
  check_same_report(one.report, many.report);
  // What became of each line, once every line is read.
  if (one.error.empty()) CHECK(fates(many.report) == fates(one.report));
}

// Loads `paths` on 1, 2, 3 and 4 threads, each reading its chunk whole or in pieces of about 64 bytes (a reader
// each), and checks every result is the one-thread result. The files are also read as streams, cut into pieces as
// they are read (as standard input is, and files too small to split at offsets), and a single one from a std::istream.
void check_identical(const std::vector<std::string>& paths, const LoadOptions& options) {
  const Loaded one = load_with(paths, 1, options);
  for (const std::uint64_t piece_bytes : {options.parallel_piece_bytes, std::uint64_t{64}, std::uint64_t{1}}) {
    for (const unsigned threads : {2u, 3u, 4u}) {
      // Pieces of one byte, a record each, are the costliest (a csv.h reader each): on two threads only.
      if (piece_bytes == 1 && threads > 2) continue;
      CAPTURE(threads);
      CAPTURE(piece_bytes);
      LoadOptions split = options;
      split.parallel_piece_bytes = piece_bytes;
      if (piece_bytes > 1) check_same_load(one, load_with(paths, threads, split));
      if (paths.size() == 1) check_same_load(one, load_stream_with(paths.front(), threads, split));
      check_same_load(one, load_with(paths, threads, split, true));
    }
  }
}

LoadOptions raw_names() {
  LoadOptions options;
  options.names.raw = true;
  return options;
}

const std::vector<std::string> kPartners{
    "France",        "\"Korea, Republic of\"",        "Japan", "\"The \"\"Best\"\" Partner\"",
    "Côte d'Ivoire", "\"Iran, Islamic Republic of\"", "Peru"};

// `rows` rows of partner,year,field,type,agreements, with `extra(row)` spliced in as a sixth field.
template <class Extra>
std::string rows_of(int rows, Extra extra, const std::string& line_break = "\n") {
  std::string text = "partner,year,field,type,agreements,notes" + line_break;
  for (int row = 0; row < rows; ++row)
    text += fmt::format("{},{},field {},{},{},{}{}",
                        kPartners[static_cast<std::size_t>(row * 7 + row / 5) % kPartners.size()], 1990 + row % 30,
                        row % 11, row % 3 == 0 ? "renewed" : "signed", 1 + row % 4, extra(row), line_break);
  return text;
}

std::string no_notes(int /*row*/) { return ""; }

}  // namespace

TEST_CASE("parallel load: results identical whatever the number of threads") {
  const ScratchFolder folder;
  SUBCASE("quoted names with commas") {
    check_identical({folder.write("names.csv", rows_of(300, no_notes))}, raw_names());
  }
  SUBCASE("quoted fields spanning lines") {
    const auto notes = [](int row) {
      return row % 4 == 0 ? fmt::format("\"first line\nsecond, \"\"quoted\"\"\n\nfourth of {}\"", row) : "plain";
    };
    check_identical({folder.write("notes.csv", rows_of(300, notes))}, raw_names());
  }
  SUBCASE("CRLF line breaks, also inside quotes, after a byte order mark") {
    const auto notes = [](int row) { return row % 6 == 0 ? std::string("\"a\r\nb\"") : std::string(); };
    check_identical({folder.write("crlf.csv", "\xEF\xBB\xBF" + rows_of(300, notes, "\r\n"))}, raw_names());
  }
  SUBCASE("CR-only line breaks, also inside quotes") {
    const auto notes = [](int row) { return row % 6 == 0 ? std::string("\"a\rb\"") : std::string(); };
    check_identical({folder.write("cr.csv", rows_of(300, notes, "\r"))}, raw_names());
  }
  SUBCASE("CR-only lines among LF and CR LF lines, a bad row near the end, no final line break") {
    std::string text = rows_of(300, no_notes);
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
      if (at % 3 == 0) text[at] = '\r';
    text += "Peru,2020,f,signed,1x,";
    check_identical({folder.write("mixed.csv", text)}, raw_names());
  }
  SUBCASE("a quoted header name spanning lines, after a title") {
    std::string text = rows_of(200, no_notes);
    text.replace(0, text.find('\n'), "Title\npartner,year,field,\"type of\r\nagreement\",agreements,notes");
    text.insert(text.find("Japan,2000"), "Peru,2000,f,signed,1x,\n");
    LoadOptions options = raw_names();
    options.skip_bad_rows = true;
    check_identical({folder.write("spanning-header.csv", text)}, options);
  }
  SUBCASE("a header without a line break, and nothing after it") {
    check_identical({folder.write("header.csv", "partner,year,agreements")}, raw_names());
  }
  SUBCASE("a preamble, blank lines and a byte order mark") {
    std::string text =
        "\xEF\xBB\xBF"
        "Cooperation agreements\nSource: a ministry\n\n" +
        rows_of(200, no_notes);
    for (std::size_t at = text.find("Peru"); at != std::string::npos; at = text.find("Peru", at + 8))
      text.insert(at, "\n  \n");
    check_identical({folder.write("preamble.csv", text)}, raw_names());
  }
  SUBCASE("bad rows, skipped or stopping the load") {
    const auto bad = [](int row) { return row % 37 == 5 ? std::string("x,too many") : std::string(); };
    std::string text = rows_of(400, bad);
    for (std::size_t at = text.find(",3,"); at != std::string::npos; at = text.find(",3,", at + 200))
      text.replace(at, 3, ",3x,");
    text.insert(text.find("Japan,2000"), "\xFF\xFE bad name,2000,f,signed,1,\nFrance,20x1,f,signed,1,\nFrance\n");
    const std::string path = folder.write("bad.csv", text);
    LoadOptions options = raw_names();
    check_identical({path}, options);
    options.skip_bad_rows = true;
    check_identical({path}, options);
  }
  SUBCASE("a name whose only row is bad for another reason is still interned first") {
    std::string text = rows_of(100, no_notes);
    text.insert(text.find("Japan,2010"), "Chile,2000,\xC3,signed,1,\n");
    LoadOptions options = raw_names();
    options.skip_bad_rows = true;
    check_identical({folder.write("interned.csv", text)}, options);
  }
  SUBCASE("missing counts, left out and counted") {
    std::string text = rows_of(300, no_notes);
    for (std::size_t at = text.find(",2,"); at != std::string::npos; at = text.find(",2,", at + 100))
      text.replace(at, 3, ",NA,");
    LoadOptions options = raw_names();
    options.missing = coopstat::MissingCounts::skip;
    check_identical({folder.write("missing.csv", text)}, options);
  }
  SUBCASE("a quoted field not closed before the end") {
    check_identical({folder.write("open.csv", rows_of(100, no_notes) + "Peru,2020,f,signed,1,\"open\nto the end\n")},
                    raw_names());
  }
  SUBCASE("a NUL byte") {
    std::string text = rows_of(100, no_notes);
    text[text.size() * 2 / 3] = '\0';
    check_identical({folder.write("nul.csv", text)}, raw_names());
  }
  SUBCASE("the bundled data, partner names resolved") {
    check_identical({std::string(COOPSTAT_SOURCE_DIR) + "/data/cooperation.csv"}, LoadOptions{});
  }
  SUBCASE("country codes, one partner given two codes in different chunks, and consistent codes") {
    const auto with_codes = [](const std::string& second_code) {
      std::string text = "partner,iso3,year,agreements\n";
      for (int row = 0; row < 300; ++row)
        text += fmt::format("{},{},{},1\n", row % 2 == 0 ? "Austria" : "Japan",
                            row % 2 == 0 ? (row < 200 ? "AUT" : second_code) : "JPN", 1990 + row % 30);
      return text;
    };
    check_identical({folder.write("conflict.csv", with_codes("AUS"))}, LoadOptions{});
    check_identical({folder.write("consistent.csv", with_codes("AUT"))}, LoadOptions{});
  }
  SUBCASE("a bilateral table after a file without reporters, and one without after it") {
    std::string bilateral = "country,partner,year,agreements\n";
    for (int row = 0; row < 200; ++row)
      bilateral += fmt::format("{},{},{},{}\n", row % 3 == 0 ? "France" : "Japan", row % 5 == 0 ? "Peru" : "Chile",
                               2000 + row % 7, 1 + row % 2);
    LoadOptions options = raw_names();
    check_identical({folder.write("plain.csv", rows_of(50, no_notes)), folder.write("bilateral.csv", bilateral),
                     folder.write("after.csv", rows_of(60, no_notes))},
                    options);
    options.pairs = coopstat::PairOrder::unordered;
    check_identical({folder.write("bilateral.csv", bilateral)}, options);
  }
  SUBCASE("no header row (--no-header): a byte order mark, blank lines, a first row spanning lines, bad rows") {
    const auto notes = [](int row) { return row % 5 == 0 ? std::string("\"a\nb\"") : std::string(); };
    std::string text = rows_of(300, notes);
    text.replace(0, text.find('\n') + 1, "\xEF\xBB\xBF");
    text.insert(text.find("Japan,2000"), "Peru,2000,f,signed,1x,\n\n \nPeru\n");
    LoadOptions options = raw_names();
    options.no_header = true;
    options.columns = {"1", "2", "3", "5", "4", "", ""};  // partner, year, field, count, type (Role's order)
    const std::string path = folder.write("no-header.csv", text);
    check_identical({path}, options);
    options.skip_bad_rows = true;
    check_identical({path}, options);
  }
  SUBCASE("several files, a wide one read by one thread among them") {
    const std::string wide = "country,2019,2020,2021\nFrance,1,2,\nJapan,,3,4\n";
    check_identical({folder.write("a.csv", rows_of(150, no_notes)), folder.write("wide.csv", wide),
                     folder.write("b.csv", rows_of(120, no_notes))},
                    raw_names());
  }
}

TEST_CASE("parallel load: with bad rows in two chunks, the error is the first in the file") {
  const ScratchFolder folder;
  std::string text = rows_of(400, no_notes);
  text.insert(text.find("Japan,1991"), "France,2020,f,signed,12x,\n");
  text += "Peru,2020,f,signed,oops,\n";
  const std::string path = folder.write("two.csv", text);
  const std::string first = load_with({path}, 1, raw_names()).error;
  CHECK(first.find("\"12x\" is not") != std::string::npos);
  for (const unsigned threads : {2u, 3u, 4u}) CHECK(load_with({path}, threads, raw_names()).error == first);
  LoadOptions pieces = raw_names();
  pieces.parallel_piece_bytes = 256;
  for (const unsigned threads : {2u, 3u, 4u}) CHECK(load_stream_with(path, threads, pieces).error == first);
}

TEST_CASE("parallel load: a stream's quoted field open past csv.h's longest record stops where one reader stops") {
  const ScratchFolder folder;
  std::string text = rows_of(100, no_notes);
  text += "Peru,2020,f,signed,1,\"" + std::string(std::size_t{17} << 20, 'x') + "\n" + rows_of(100, no_notes);
  const std::string path = folder.write("open.csv", text);
  const std::string one = load_with({path}, 1, raw_names()).error;
  CHECK(one == path + ":102: the record is longer than 16 MiB: is a quoted field not closed?");
  LoadOptions pieces = raw_names();
  pieces.parallel_piece_bytes = 1024;
  CHECK(load_stream_with(path, 2, pieces).error == one);
}

TEST_CASE("parallel load: more than 65,536 distinct fields or types stop the load where one reader stops") {
  const ScratchFolder folder;
  // 65,537 rows from line 2: with a distinct name a row, the last row's is one too many.
  const auto distinct = [](bool fields, bool types) {
    std::string text = "partner,year,field,type\n";
    for (int row = 0; row <= 65536; ++row)
      text += fmt::format("Peru,2000,{},{}\n", fields ? fmt::format("f{}", row) : "f",
                          types ? fmt::format("t{}", row) : "t");
    return text;
  };
  // `expected` follows the file's path in the message.
  const auto check_error = [](const std::string& path, const LoadOptions& options, const std::string& expected) {
    LoadOptions pieces = options;
    pieces.parallel_piece_bytes = 1 << 16;
    for (const unsigned threads : {1u, 2u, 3u, 4u}) {
      CAPTURE(threads);
      CHECK(load_with({path}, threads, options).error == path + expected);
      CHECK(load_stream_with(path, threads, pieces).error == path + expected);
    }
  };
  const std::string fields_error =
      ":65538: column \"field\": more than 65,536 distinct fields; is it the right column? name another with "
      "--field-col";
  SUBCASE("fields") { check_error(folder.write("f.csv", distinct(true, false)), raw_names(), fields_error); }
  SUBCASE("types") {
    check_error(folder.write("f.csv", distinct(false, true)), raw_names(),
                ":65538: column \"type\": more than 65,536 distinct types; is it the right column? name another with "
                "--type-col");
  }
  SUBCASE("both on the same row: the field is told") {
    check_error(folder.write("f.csv", distinct(true, true)), raw_names(), fields_error);
  }
  SUBCASE("a name interned by a row then left out takes the last code: the next new name is one too many") {
    std::string text = distinct(true, false);
    text.erase(text.rfind("Peru"));
    text += "Peru,2000,left out,\xC3\nPeru,2000,f0,t\nPeru,2000,one too many,t\n";
    LoadOptions options = raw_names();
    options.skip_bad_rows = true;
    check_error(folder.write("f.csv", text), options,
                ":65540: column \"field\": more than 65,536 distinct fields; is it the right column? name another "
                "with --field-col");
  }
}

TEST_CASE("parallel load: which inputs are split") {
  const ScratchFolder folder;
  const std::string path = folder.write("data.csv", rows_of(100, no_notes));
  LoadOptions options = raw_names();
  options.threads = 2;
  options.parallel_min_bytes = 0;
  const auto rows_of_file = [&](const std::string& file, const LoadOptions& with) {
    coopstat::input::RandomAccessFile handle(file);
    auto source = coopstat::input::range_source(std::make_shared<const coopstat::input::RandomAccessFile>(file), 0,
                                                handle.size());
    coopstat::input::LeadingLines leading(*source, file);
    const coopstat::input::Header header = coopstat::input::find_header(leading, with, file);
    return coopstat::input::rows_to_split(file, file, leading, header, with);
  };
  const auto rows = rows_of_file(path, options);
  REQUIRE(rows);
  CHECK(rows->header == "partner,year,field,type,agreements,notes\n");
  CHECK(rows->first_line == 2);
  CHECK(rows->threads == 2);
  options.threads = 1;
  CHECK_FALSE(rows_of_file(path, options));
  options.threads = 2;
  options.parallel_min_bytes = 1 << 20;
  CHECK_FALSE(rows_of_file(path, options));
  options.parallel_min_bytes = 0;
  CHECK_FALSE(rows_of_file(folder.write("wide.csv", "country,2019,2020\nFrance,1,2\n"), options));
  // Without a header, the rows start at the first byte and nothing is replayed before a chunk.
  options.no_header = true;
  options.columns = {"1", "2", "", "5", "", "", ""};
  const auto positional = rows_of_file(path, options);
  REQUIRE(positional);
  CHECK(positional->header.empty());
  CHECK(positional->begin == 0);
  CHECK(positional->first_line == 1);
}

namespace {

// Notes which threads report progress and what they report.
class ProgressCalls final : public coopstat::LoadProgress {
 public:
  void update(std::string_view file, std::uint64_t bytes, std::uint64_t rows) override {
    threads.push_back(std::this_thread::get_id());
    files.emplace_back(file);
    this->bytes.push_back(bytes);
    this->rows.push_back(rows);
  }
  std::vector<std::thread::id> threads;
  std::vector<std::string> files;
  std::vector<std::uint64_t> bytes;
  std::vector<std::uint64_t> rows;
};

}  // namespace

TEST_CASE("parallel load: progress is told from the loading thread only, bytes and rows never past the file's") {
  const ScratchFolder folder;
  std::string text = "partner,year\n";
  for (int row = 0; row < 100000; ++row) text += "France,2020\n";
  const std::string path = folder.write("big.csv", text);
  for (const bool stream : {false, true}) {
    CAPTURE(stream);
    ProgressCalls calls;
    LoadOptions options = raw_names();
    options.progress = &calls;
    options.parallel_piece_bytes = 1 << 16;
    const Loaded loaded = stream ? load_stream_with(path, 2, options) : load_with({path}, 2, options);
    REQUIRE(loaded.table.rows() == 100000);
    CHECK_FALSE(calls.threads.empty());  // told at least once a chunk, before waiting for it
    for (std::size_t call = 0; call < calls.threads.size(); ++call) {
      CHECK(calls.threads[call] == std::this_thread::get_id());
      CHECK(calls.files[call] == path);
      CHECK(calls.bytes[call] <= text.size() + (1u << 16));  // the header search reads up to 64 KiB ahead
      CHECK(calls.rows[call] <= 100000);
    }
  }
}
