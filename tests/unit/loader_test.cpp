#include "coopstat/loader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "coopstat/error.hpp"
#include "test_support.hpp"

using coopstat::Error;
using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::Table;
using coopstat::testing::counts_of;
using coopstat::testing::gzipped;
using coopstat::testing::lines_of;

namespace {

// Names as written: these tests are about reading; resolving names is tested in partner_names_test.cpp.
LoadOptions raw_names() {
  LoadOptions options;
  options.names.raw = true;
  return options;
}

Table load(const std::string& text, const LoadOptions& options = raw_names()) {
  std::istringstream input(text);
  LoadReport report;
  return coopstat::load_csv(input, "t.csv", options, report);
}

std::string load_error(const std::string& text, const LoadOptions& options = raw_names()) {
  return coopstat::testing::error_message([&] { load(text, options); });
}

std::vector<std::string> partners_of(const Table& table) {
  std::vector<std::string> names;
  for (const auto code : table.partner) names.push_back(table.partners.name(code));
  return names;
}

// The same three rows in every dialect: France 2020 2, "Korea, Republic of" 2021 3, Japan 2021 1.
void check_three_rows(const Table& table) {
  REQUIRE(table.rows() == 3);
  CHECK(partners_of(table) == std::vector<std::string>{"France", "Korea, Republic of", "Japan"});
  CHECK(table.year == std::vector<std::int16_t>{2020, 2021, 2021});
  CHECK(counts_of(table.count) == std::vector<double>{2, 3, 1});
}

const std::string kThreeRows = "partner,year,agreements\nFrance,2020,2\n\"Korea, Republic of\",2021,3\nJapan,2021,1\n";

}  // namespace

TEST_CASE("loader: plain CSV with quotes") {
  const Table table = load("partner,year,agreements\nFrance,2020,2\n\"Korea, Republic of\",2021,3\nJapan,2021,1\n");
  check_three_rows(table);
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 3, 4});
  CHECK(table.counts_whole());
  CHECK_FALSE(table.has_field);
  CHECK_FALSE(table.has_type);
}

TEST_CASE("loader: dialects seen in the wild") {
  SUBCASE("BOM, CRLF and trailing blank lines") {
    check_three_rows(
        load("\xEF\xBB\xBFpartner,year,agreements\r\nFrance,2020,2\r\n\"Korea, Republic of\",2021,3\r\n"
             "Japan,2021,1\r\n\r\n  \r\n"));
  }
  SUBCASE("CR-only line ends (old Mac, some spreadsheet exports), a CR inside quotes kept like a LF") {
    const Table table = load("partner,year,agreements\rFrance,2020,2\r\"Korea,\rRepublic of\",2021,3\rJapan,2021,1\r");
    check_three_rows(table);
    CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 3, 5});
  }
  SUBCASE("CR-only line ends, a preamble and blank lines, no final line break") {
    const Table table =
        load("Agreements\r\rpartner;year;agreements\rFrance;2020;2\r\r\"Korea, Republic of\";2021;3\rJapan;2021;1");
    check_three_rows(table);
    CHECK(lines_of(table.line) == std::vector<std::uint32_t>{4, 6, 7});
  }
  SUBCASE("semicolons, detected") {
    check_three_rows(load("partner;year;agreements\nFrance;2020;2\n\"Korea, Republic of\";2021;3\nJapan;2021;1\n"));
  }
  SUBCASE("tabs, detected") {
    check_three_rows(load("partner\tyear\tagreements\nFrance\t2020\t2\nKorea, Republic of\t2021\t3\nJapan\t2021\t1"));
  }
  SUBCASE("pipes, given") {
    LoadOptions options = raw_names();
    options.delimiter = '|';
    check_three_rows(
        load("partner|year|agreements\nFrance|2020|2\nKorea, Republic of|2021|3\nJapan|2021|1\n", options));
  }
  SUBCASE("doubled quotes, spaces around fields, a missing final newline") {
    const Table table =
        load("partner , year,agreements\n  France ,2020, 2\n\"Korea, Republic of\",2021,3\nJapan,2021,1");
    check_three_rows(table);
  }
  SUBCASE("blank lines before the header and between rows") {
    const Table table =
        load("\n\npartner,year,agreements\nFrance,2020,2\n\n\"Korea, Republic of\",2021,3\nJapan,2021,1\n");
    check_three_rows(table);
    CHECK(lines_of(table.line) == std::vector<std::uint32_t>{4, 6, 7});
  }
}

TEST_CASE("loader: doubled quotes inside a quoted name") {
  const Table table = load("partner,year\n\"The \"\"Best\"\" Partner\",2020\n");
  CHECK(partners_of(table) == std::vector<std::string>{"The \"Best\" Partner"});
}

TEST_CASE("loader: spaces inside quotes are trimmed from names, so the same partner is one partner") {
  const Table table = load("partner,year\n\" France \",2020\nFrance,2021\n");
  CHECK(table.partners.size() == 1);
}

TEST_CASE("loader: no count column counts each row once") {
  const Table table = load("country,year\nFrance,2020\nFrance,2020\n");
  CHECK(counts_of(table.count) == std::vector<double>{1, 1});
}

TEST_CASE("loader: decimal counts make the table non-whole") {
  const Table table = load("partner,year,amount\nFrance,2020,1.5\nJapan,2020,2\n");
  CHECK(counts_of(table.count) == std::vector<double>{1.5, 2});
  CHECK_FALSE(table.counts_whole());
}

TEST_CASE("loader: ISO dates give their year") {
  const Table table = load("partner,date\nFrance,2016-09-03\n");
  CHECK(table.year == std::vector<std::int16_t>{2016});
}

TEST_CASE("loader: field and type columns are interned") {
  const Table table = load("partner,year,field,type\nFrance,2020,space,signed\nJapan,2020,space,\n");
  CHECK(table.has_field);
  CHECK(table.has_type);
  CHECK(table.fields.size() == 1);
  CHECK(table.type == std::vector<std::uint16_t>{0, 1});
  CHECK(table.types.name(1).empty());
}

TEST_CASE("loader: a header-only input loads no rows") {
  const Table table = load("partner,year,agreements\n");
  CHECK(table.rows() == 0);
  REQUIRE(table.sources.size() == 1);
  CHECK(table.sources[0].name == "t.csv");
}

TEST_CASE("loader: one-line errors name file, line, column and value") {
  const std::string header = "partner,year,agreements\n";
  CHECK(load_error("") == "t.csv: the input is empty: expected a header line naming the columns");
  CHECK(load_error("\n \n") == "t.csv: the input is empty: expected a header line naming the columns");
  CHECK(load_error(header + "France,2020,12x\n") == "t.csv:2: column \"agreements\": \"12x\" is not a number");
  CHECK(load_error(header + "France,2020,\n") ==
        "t.csv:2: column \"agreements\": empty value, expected a number (--missing skip leaves out rows without a "
        "count)");
  CHECK(load_error(header + "France,2020,NA\n") ==
        "t.csv:2: column \"agreements\": \"NA\" marks a missing value, expected a number (--missing skip leaves out "
        "rows without a count)");
  CHECK(load_error(header + "France,2020,-\n") == "t.csv:2: column \"agreements\": \"-\" is not a number");
  CHECK(load_error(header + "France,2020,\"1,5\"\n") ==
        "t.csv:2: column \"agreements\": \"1,5\" is not a number; --decimal , reads it as 1.5");
  CHECK(load_error(header + "France,20x0,1\n") ==
        "t.csv:2: column \"year\": \"20x0\" is not a year (a whole number, or a date: YYYY-MM-DD, DD.MM.YYYY, "
        "DD/MM/YYYY or "
        "MM/DD/YYYY)");
  CHECK(load_error(header + "France,2020,1\n\"\",2020,1\n") ==
        "t.csv:3: column \"partner\": empty value, expected a partner name");
  CHECK(load_error(header + "France,2020\n") == "t.csv:2: the row has 2 fields, the header has 3");
  CHECK(load_error(header + "France,2020,1,2\n") == "t.csv:2: the row has 4 fields, the header has 3");
  CHECK(load_error(header + "\"France, \"\"FR\"\"\",2020,1,\"a,b\",\n") ==
        "t.csv:2: the row has 5 fields, the header has 3");
  CHECK(load_error(header + "\"France,2020,1\n") ==
        "t.csv:2: a quoted field is not closed before the end of the input");
  CHECK(load_error(header + "Fran\xE7"
                            "e,2020,1\n") ==
        "t.csv:2: column \"partner\": the value is not valid UTF-8 (in another encoding? name it, e.g. --encoding "
        "cp1252)");
  CHECK(load_error("name,year\nFrance,2020\n") ==
        "t.csv:1: no partner column: the header has \"name\", \"year\"; name the column with --partner-col "
        "(lines 1–2 were tried as the header; --skip N passes over lines before it)");
}

TEST_CASE("loader: errors use the file's own spelling of the column") {
  CHECK(load_error("Partner,Year,Documents\nFrance,2020,x\n") ==
        "t.csv:2: column \"Documents\": \"x\" is not a number");
}

TEST_CASE("loader: bytes that are not valid UTF-8 are escaped as \\xNN in messages, never written raw") {
  CHECK(load_error("partner,year,agreements\nFrance,2020,1x\xFF\n") ==
        "t.csv:2: column \"agreements\": \"1x\\xFF\" is not a number");
  CHECK(load_error("partner\xE9,year\nFrance,2020\n") ==
        "t.csv:1: no partner column: the header has \"partner\\xE9\", \"year\"; name the column with --partner-col "
        "(lines 1–2 were tried as the header; --skip N passes over lines before it)");
}

TEST_CASE("loader: a quoted header name spanning lines is read; the rows keep their physical lines") {
  LoadOptions options = raw_names();
  options.columns[static_cast<std::size_t>(coopstat::Role::count)] = "number of agreements";
  for (const std::string line_break : {"\n", "\r\n", "\r"}) {
    CAPTURE(line_break.size());
    const std::string text = "Title" + line_break + "partner,year,\"number of" + line_break + "agreements\"" +
                             line_break + "France,2020,2" + line_break + "Peru,2021,3x" + line_break;
    // The line break inside quotes is read as a space, a CR LF as two, as in the rows.
    const std::string name = line_break == "\r\n" ? "number of  agreements" : "number of agreements";
    CHECK(load_error(text, options) == "t.csv:5: column \"" + name + "\": \"3x\" is not a number");
    const Table table = load(text.substr(0, text.find("Peru")), options);
    CHECK(lines_of(table.line) == std::vector<std::uint32_t>{4});
    CHECK(counts_of(table.count) == std::vector<double>{2});
  }
  // Never closed: the lines after the first are tried as the header in turn.
  CHECK(load_error("partner,year,\"agreements\nFrance,2020,1\n") ==
        "t.csv:1: a quoted name in the header is not closed (lines 1–2 were tried as the header; --skip N passes over "
        "lines before it)");
  // A title with an open quote does not swallow the header.
  CHECK(load("He said \"hello\npartner,year,agreements\nFrance,2020,1\n").rows() == 1);
}

TEST_CASE("loader: a header ending with a separator takes rows with or without it (a trailing empty column)") {
  const Table table = load("partner,year,agreements,\nFrance,2020,2\n\"Korea, Republic of\",2021,3,\nJapan,2021,1,,\n");
  check_three_rows(table);
  CHECK(load_error("partner,year,agreements,\nFrance,2020\n") == "t.csv:2: the row has 2 fields, the header has 3");
  CHECK(load_error("partner,year,agreements,\nFrance,2020,1,x\n") == "t.csv:2: the row has 4 fields, the header has 3");
}

TEST_CASE("loader: line numbers count CR-only lines, mixed with LF and CR LF") {
  CHECK(load_error("partner,year,agreements\rFrance,2020,1\r\nPeru,2020,2\n\rJapan,2021,1x\r") ==
        "t.csv:5: column \"agreements\": \"1x\" is not a number");
}

TEST_CASE("loader: line numbers count the physical lines, blank ones included") {
  CHECK(load_error("partner,year,agreements\n\nFrance,2020,1\n\nJapan,2020,x\n") ==
        "t.csv:5: column \"agreements\": \"x\" is not a number");
}

TEST_CASE("loader: skipping bad rows reports each of them") {
  LoadOptions options;
  options.skip_bad_rows = true;
  std::istringstream input(
      "partner,year,agreements\nFrance,2020,1\nJapan,x,1\nChile,2020\nPeru,2021,2\nBrazil,2021,y\n"
      "A,2020,z\nB,2020,z\nC,2020,z\nD,2020,z\n");
  LoadReport report;
  const Table table = coopstat::load_csv(input, "t.csv", options, report);
  CHECK(partners_of(table) == std::vector<std::string>{"France", "Peru"});
  CHECK(report.rows().skipped == 7);
  REQUIRE(report.problems.size() == 7);
  CHECK(report.problem_count == 7);
  CHECK(
      report.problems[0].located_message() ==
      "t.csv:3: column \"year\": \"x\" is not a year (a whole number, or a date: YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or "
      "MM/DD/YYYY)");
  CHECK(report.problems[1].located_message() == "t.csv:4: the row has 2 fields, the header has 3");
}

TEST_CASE("loader: files and standard input names") {
  LoadReport report;
  CHECK_THROWS_AS(coopstat::load_csv({"-", "-"}, {}, report), Error);
  try {
    coopstat::load_csv({"/nonexistent/x.csv"}, {}, report);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.located_message() == "/nonexistent/x.csv: cannot open: No such file or directory");
  }
}

TEST_CASE("loader: delimiter and shape names for messages") {
  CHECK(coopstat::delimiter_name(',') == "comma");
  CHECK(coopstat::delimiter_name('\t') == "tab");
  CHECK(coopstat::shape_name(coopstat::Shape::wide) == "wide");
  CHECK(coopstat::shape_name(coopstat::Shape::long_rows) == "long");
}

TEST_CASE("loader: delimiter names") {
  CHECK(coopstat::parse_delimiter("comma") == ',');
  CHECK(coopstat::parse_delimiter("semicolon") == ';');
  CHECK(coopstat::parse_delimiter("tab") == '\t');
  CHECK(coopstat::parse_delimiter("\\t") == '\t');
  CHECK(coopstat::parse_delimiter("pipe") == '|');
  CHECK(coopstat::parse_delimiter(";") == ';');
  CHECK_FALSE(coopstat::parse_delimiter("colon"));
  CHECK_FALSE(coopstat::parse_delimiter(":"));
  CHECK_FALSE(coopstat::parse_delimiter(""));
}

TEST_CASE("loader: gzip input is recognised by its magic bytes") {
  check_three_rows(load(gzipped(kThreeRows)));
  // Members one after the other, as `cat a.gz b.gz` makes.
  const Table two = load(gzipped(kThreeRows) + gzipped("Peru,2022,4\n"));
  CHECK(two.rows() == 4);
  CHECK(two.count[3] == 4);
  // A large input crosses many decompression blocks.
  std::string big = "partner,year\n";
  for (int i = 0; i < 100000; ++i) big += "France,2020\n";
  CHECK(load(gzipped(big)).rows() == 100000);
}

TEST_CASE("loader: corrupt and truncated gzip are errors") {
  const std::string whole = gzipped(kThreeRows);
  CHECK(load_error(whole.substr(0, whole.size() - 12)) == "t.csv: the gzip data is truncated");
  std::string corrupt = whole;
  corrupt[12] = static_cast<char>(corrupt[12] ^ 0x55);
  CHECK(load_error(corrupt).starts_with("t.csv: the gzip data is corrupt"));
}

TEST_CASE("loader: NUL bytes are refused, naming the line") {
  CHECK(
      load_error(std::string("partner,year\nFrance,2020\nJa\0pan,2021\n", 38)) ==
      "t.csv:3: a NUL byte: the input is not text (binary, or UTF-16 without a byte order mark: --encoding utf-16le)");
  CHECK(
      load_error(std::string("a title\0\npartner,year\nFrance,2020\n", 33)) ==
      "t.csv:1: a NUL byte: the input is not text (binary, or UTF-16 without a byte order mark: --encoding utf-16le)");
  // Past the bytes read to find the header, and after line breaks inside quotes, the line is still physical.
  std::string long_input = "partner,year,notes\nFrance,2020,\"two\nlines\"\n";
  for (int row = 0; row < 10000; ++row) long_input += "Japan,2021,plain\n";  // lines 4–10003
  long_input += std::string("Pe\0ru,2022,x\n", 13);
  CHECK(load_error(long_input) ==
        "t.csv:10004: a NUL byte: the input is not text (binary, or UTF-16 without a byte order mark: --encoding "
        "utf-16le)");
}

TEST_CASE("loader: quoted fields may span lines; line numbers stay physical") {
  const Table table = load(
      "partner,year,notes,agreements\n"
      "France,2020,\"a note\nover two lines\",2\n"  // lines 2–3
      "\"Korea,\r\nRepublic of\",2021,\"x\",3\n"    // lines 4–5, CRLF inside the quotes
      "Japan,2021,\"three\n\nlines\",1\n"           // lines 6–8
      "Peru,2022,plain,4\n");                       // line 9
  CHECK(partners_of(table) == std::vector<std::string>{"France", "Korea,  Republic of", "Japan", "Peru"});
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 4, 6, 9});
  CHECK(counts_of(table.count) == std::vector<double>{2, 3, 1, 4});
  CHECK(
      load_error("partner,year,notes\nFrance,2020,\"a\nb\"\nJapan,x,\"c\"\n") ==
      "t.csv:4: column \"year\": \"x\" is not a year (a whole number, or a date: YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or "
      "MM/DD/YYYY)");
  CHECK(load_error("partner,year\nFrance,2020\n\"Japan,2021\nPeru,2022\n") ==
        "t.csv:3: a quoted field is not closed before the end of the input");
}

TEST_CASE("loader: a quoted field longer than the 64 bytes scanned at once keeps its line breaks joined") {
  // The notes start at byte 32: a line break ends the first 64-byte word, a CR ends the second and its LF starts
  // the third, and a doubled quote comes before the last line break.
  const std::string notes = std::string(31, 'a') + "\n" + std::string(63, 'b') + "\r\n" + std::string(60, 'c') +
                            "\"\"" + std::string(30, 'd') + "\n" + std::string(70, 'e');
  const Table table = load("partner,year,notes\nFrance,2020,\"" + notes + "\"\nPeru,2022,plain\n");
  CHECK(partners_of(table) == std::vector<std::string>{"France", "Peru"});
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 6});  // France on lines 2–5
}

TEST_CASE("loader: --missing skip leaves out rows without a count, and counts them per file") {
  LoadOptions options;
  options.missing = coopstat::MissingCounts::skip;
  std::istringstream input(
      "partner,year,agreements\nFrance,2020,2\nJapan,2020,NA\nPeru,2021,..\nChile,2021,n/a\n"
      "Cuba,2021,\nIndia,2022,N/A\nBrazil,2022,1\n");
  LoadReport report;
  const Table table = coopstat::load_csv(input, "m.csv", options, report);
  CHECK(partners_of(table) == std::vector<std::string>{"France", "Brazil"});
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].name == "m.csv");
  CHECK(report.files[0].rows.missing == 5);
  CHECK(report.files[0].missing_lines.first == std::vector<std::uint64_t>{3, 4, 5, 6, 7});
  CHECK(report.rows().missing == 5);
  CHECK(report.rows().skipped == 0);
}

TEST_CASE("loader: a column flag naming no column is a usage error (exit code 2), found after the preamble") {
  const std::string csv = "Source: made up\npartner,year,agreements\nFrance,2020,2\n";
  LoadOptions named;
  named.columns[static_cast<std::size_t>(coopstat::Role::count)] = "agreements";
  CHECK(coopstat::testing::load_with_report(csv, named).table.rows() == 1);

  LoadOptions unknown;
  unknown.columns[static_cast<std::size_t>(coopstat::Role::count)] = "amount";
  try {
    coopstat::testing::load_with_report(csv, unknown);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    CHECK(error.located_message() ==
          "t.csv:1: --count-col \"amount\": no such column; the header has \"Source: made up\" (lines 1–3 were tried "
          "as the header; --skip N passes over lines before it)");
  }
}

TEST_CASE("loader: --shape wide without a column named by a year is a usage error (exit code 2)") {
  LoadOptions wide;
  wide.shape = coopstat::Shape::wide;
  try {
    coopstat::testing::load_with_report("partner,total\nFrance,2\n", wide);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
  }
}

namespace {

// `bytes` of a UTF-16 file (its byte order mark says which) as UTF-8, converted apart from the loader: glibc's iconv
// reads the byte order mark itself.
std::string utf8_of_utf16(const std::string& bytes) {
  const iconv_t converter = iconv_open("UTF-8", "UTF-16");
  REQUIRE(converter != reinterpret_cast<iconv_t>(-1));
  std::string input = bytes, output(bytes.size() * 2, '\0');
  char* in = input.data();
  char* out = output.data();
  std::size_t in_left = input.size(), out_left = output.size();
  REQUIRE(iconv(converter, &in, &in_left, &out, &out_left) != static_cast<std::size_t>(-1));
  iconv_close(converter);
  output.resize(output.size() - out_left);
  return output;
}

// The physical lines of `bytes`, counted apart from the loader: line breaks (a LF, or a CR not followed by a LF),
// and a last line without one.
std::uint64_t physical_lines(const std::string& bytes) {
  std::uint64_t lines = 0;
  for (std::size_t at = 0; at < bytes.size(); ++at)
    if (bytes[at] == '\n' || (bytes[at] == '\r' && (at + 1 == bytes.size() || bytes[at + 1] != '\n'))) ++lines;
  if (!bytes.empty() && bytes.back() != '\n' && bytes.back() != '\r') ++lines;
  return lines;
}

// Every fate of a file's lines, named, to show which one is off.
std::string fates_of(const coopstat::LineFates& lines) {
  return fmt::format("header {} preamble {} blank {} joined {} kept {} skipped {} missing {} aggregate {} mirror {}",
                     lines.header, lines.preamble, lines.blank, lines.joined, lines.kept, lines.skipped, lines.missing,
                     lines.aggregate, lines.mirror);
}

}  // namespace

TEST_CASE("loader: every physical line of every fixture and bundled file is accounted for") {
  const std::filesystem::path root(COOPSTAT_SOURCE_DIR);
  std::vector<std::filesystem::path> files;
  for (const auto& folder : {root / "tests/cli/fixtures", root / "data"})
    for (const auto& entry : std::filesystem::directory_iterator(folder))
      if (entry.path().extension() == ".csv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 20);
  std::set<std::string> not_loaded;
  for (const auto& file : files) {
    for (const auto pairs : {coopstat::PairOrder::ordered, coopstat::PairOrder::unordered}) {
      CAPTURE(file.string());
      LoadOptions options;
      options.skip_bad_rows = true;
      options.missing = coopstat::MissingCounts::skip;
      options.pairs = pairs;
      options.threads = 1;
      // A statistics office's file, as its name says.
      if (file.filename().string().find("cp1252") != std::string::npos) {
        options.encoding = "cp1252";
        options.numbers = {',', '.'};
      }
      LoadReport report;
      try {
        const Table table = coopstat::load_csv({file.string()}, options, report);
        REQUIRE(report.files.size() == 1);
        const coopstat::LineFates& lines = report.files.front().lines;
        std::ifstream input(file, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
        if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) bytes = utf8_of_utf16(bytes);
        CAPTURE(fates_of(lines));
        CHECK(lines.total() == physical_lines(bytes));
        CHECK(lines.skipped == report.rows().skipped);
      } catch (const Error&) {
        not_loaded.insert(file.filename().string());
      }
    }
  }
  // No header line (empty, or blank lines only, or rows only: --no-header), reference tables without partner and
  // year, columns only flags name.
  CHECK(not_loaded == std::set<std::string>{"blank-lines.csv", "country-aggregates.csv", "country-aliases.csv",
                                            "empty.csv", "no-header.csv", "tiny-flags.csv"});
}

TEST_CASE("loader: the fate of each line: header, preamble, blank, joined, kept, skipped, missing, aggregate") {
  LoadOptions options;
  options.skip_bad_rows = true;
  options.missing = coopstat::MissingCounts::skip;
  std::istringstream input(
      "Agreements by partner\n\npartner,year,agreements,notes\nFrance,2020,1,\"two\nlines\"\n  \nWorld,2020,9,\n"
      "Peru,20x0,1,\nChile,2021,NA,\nJapan,2021,2,\n\n");
  LoadReport report;
  coopstat::load_csv(input, "t.csv", options, report);
  CHECK(fates_of(report.files.front().lines) ==
        "header 1 preamble 1 blank 3 joined 1 kept 2 skipped 1 missing 1 aggregate 1 mirror 0");
}

namespace {

// What became of an input's rows: loaded, skipped, missing.
std::string row_fates_of(const coopstat::RowFates& rows) {
  return fmt::format("loaded {} skipped {} missing {}", rows.loaded, rows.skipped, rows.missing);
}

}  // namespace

TEST_CASE("loader: the fates of representative inputs add up to their physical lines, and rows to their cells") {
  struct Input {
    std::string name;
    std::string bytes;
    coopstat::PairOrder pairs;
    std::string rows;  // row fates worked by hand
  };
  const auto ordered = coopstat::PairOrder::ordered;
  const std::vector<Input> inputs{
      {"preamble and blank lines",
       "Agreements\n\nsource: ministry\npartner,year,agreements\nFrance,2020,1\n\n  \n"
       "Japan,2021,2\n",
       ordered, "loaded 2 skipped 0 missing 0"},
      {"quoted field over three lines",
       "partner,year,agreements,notes\nFrance,2020,1,\"one\ntwo\nthree\"\nJapan,2021,2,\n", ordered,
       "loaded 2 skipped 0 missing 0"},
      {"bad rows skipped", "partner,year,agreements\nFrance,2020,1\nJapan,x,1\nChile,2020\nPeru,2021,2\n", ordered,
       "loaded 2 skipped 2 missing 0"},
      {"missing counts", "partner,year,agreements\nFrance,2020,\nJapan,2021,NA\nPeru,2021,3", ordered,
       "loaded 1 skipped 0 missing 2"},
      // Aggregates are loaded, then excluded when names are resolved.
      {"aggregates", "partner,year,agreements\nWorld,2020,9\nFrance,2020,1\nWorld,2021,8\n", ordered,
       "loaded 3 skipped 0 missing 0"},
      // Japan → France mirrors France → Japan; Peru → Chile has no mirror.
      {"mirrors", "reporter,partner,year,agreements\nFrance,Japan,2020,1\nJapan,France,2020,1\nPeru,Chile,2020,2\n",
       coopstat::PairOrder::unordered, "loaded 3 skipped 0 missing 0"},
      // Japan: one cell kept, two missing; Peru: every cell missing; Chile: one bad cell, two kept.
      {"wide table", "country,2019,2020,2021\nFrance,1,2,3\nJapan,,..,4\nPeru,,,\nChile,x,1,2\n\n", ordered,
       "loaded 6 skipped 1 missing 5"},
      {"CR line ends", "partner,year,agreements\rFrance,2020,1\r\rJapan,2021,2\r", ordered,
       "loaded 2 skipped 0 missing 0"},
      {"CRLF without a last line end", "partner,year,agreements\r\nFrance,2020,1\r\nJapan,2021,2", ordered,
       "loaded 2 skipped 0 missing 0"},
  };
  LoadReport all;
  for (const Input& input : inputs) {
    CAPTURE(input.name);
    LoadOptions options;
    options.skip_bad_rows = true;
    options.missing = coopstat::MissingCounts::skip;
    options.pairs = input.pairs;
    const auto loaded = coopstat::testing::load_with_report(input.bytes, options);
    REQUIRE(loaded.report.files.size() == 1);
    const coopstat::FileReport& file = loaded.report.files.front();
    CAPTURE(fates_of(file.lines));
    CHECK(file.lines.total() == physical_lines(input.bytes));
    CHECK(row_fates_of(file.rows) == input.rows);
    // The rows in the table are the loaded ones less the aggregates and mirrors left out afterwards.
    CHECK(loaded.table.rows() ==
          file.rows.loaded - loaded.report.names.aggregate_rows_excluded - loaded.report.pairs.mirrors);
    all.files.push_back(file);
  }
  // Over every input: 2 + 2 + 4 + 3 + 3 + 3 + 12 + 2 + 2 rows read.
  CHECK(row_fates_of(all.rows()) == "loaded 23 skipped 3 missing 7");
  CHECK(all.rows().total() == 33);
}

TEST_CASE("loader: the rows of a file that fails midway, which check goes on past, are counted as loaded") {
  // The 65,537th distinct field is more than a Table holds: the file stops there, its rows before it stay.
  std::string csv = "partner,year,agreements,field\n";
  for (int field = 0; field <= 65536; ++field) csv += fmt::format("France,2020,1,f{}\n", field);
  const coopstat::testing::ScratchFolder folder;
  LoadOptions options = raw_names();
  options.skip_bad_rows = options.skip_bad_files = true;
  LoadReport report;
  const Table table = coopstat::load_csv({folder.write("fields.csv", csv)}, options, report);
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0].line() == 65538);
  CHECK(table.rows() == 65536);
  CHECK(report.files.front().rows.loaded == 65536);
  CHECK(report.rows().total() == 65536);
}

TEST_CASE("loader: rows after the header, every one left out, are an error, not an empty result") {
  LoadOptions options = raw_names();
  options.skip_bad_rows = true;
  options.missing = coopstat::MissingCounts::skip;
  CHECK(load_error("partner,year,agreements\nFrance,20x0,1\n\nPeru,2020,NA\nChile,2021,\n", options) ==
        "t.csv: no rows left: every row after the header was left out: 1 bad row skipped, the first on line 2 (column "
        "\"year\": \"20x0\" is not a year (a whole number, or a date: YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or "
        "MM/DD/YYYY)); 2 "
        "without a count");
  // A header and blank lines only: nothing was left out, the table is empty.
  CHECK(load("partner,year,agreements\n\n  \n", options).rows() == 0);
}

TEST_CASE("loader: --no-header reads line 1 as a row, columns by position, and accounts for every line") {
  LoadOptions options = raw_names();
  options.no_header = true;
  options.columns[static_cast<std::size_t>(coopstat::Role::partner)] = std::string("3");
  options.columns[static_cast<std::size_t>(coopstat::Role::year)] = std::string("1");
  options.columns[static_cast<std::size_t>(coopstat::Role::count)] = std::string("2");
  // Line 1 blank, 2 a row, 3 blank, 4-5 one row (a quoted name spanning lines), 6 a row; CR LF line ends.
  const std::string text = "\r\n2020,2,France\r\n\r\n2021,3,\"Korea,\r\nRepublic of\"\r\n2021,1,Japan\r\n";
  std::istringstream input(text);
  LoadReport report;
  const Table table = coopstat::load_csv(input, "t.csv", options, report);
  REQUIRE(table.rows() == 3);
  // A CR LF inside quotes is read as two spaces, as with a header (quoted_lines.hpp).
  CHECK(partners_of(table) == std::vector<std::string>{"France", "Korea,  Republic of", "Japan"});
  CHECK(table.year == std::vector<std::int16_t>{2020, 2021, 2021});
  CHECK(counts_of(table.count) == std::vector<double>{2, 3, 1});
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 4, 6});
  const coopstat::FileReport& file = report.files.front();
  CHECK(file.no_header);
  CHECK(file.header_line == 0);
  CHECK(file.lines.header == 0);
  CHECK(file.lines.preamble == 0);
  CHECK(file.lines.blank == 2);
  CHECK(file.lines.joined == 1);
  CHECK(file.lines.kept == 3);
  CHECK(file.lines.total() == 6);
  REQUIRE(file.columns.size() == 3);
  CHECK(file.columns[0].name == "column 1");
  CHECK(file.columns[0].role == coopstat::Role::year);
  CHECK(file.columns[2].role == coopstat::Role::partner);
}

TEST_CASE("loader: --no-header errors name the line: a position beyond the first row, a shorter row after it") {
  LoadOptions options = raw_names();
  options.no_header = true;
  options.columns[static_cast<std::size_t>(coopstat::Role::partner)] = std::string("1");
  options.columns[static_cast<std::size_t>(coopstat::Role::year)] = std::string("2");
  options.columns[static_cast<std::size_t>(coopstat::Role::count)] = std::string("4");
  CHECK(load_error("\nFrance,2020,2\n", options) == "t.csv:2: --count-col 4: the first row has 3 fields");
  options.columns[static_cast<std::size_t>(coopstat::Role::count)] = std::string("3");
  CHECK(load_error("France,2020,2\nJapan,2021\n", options) == "t.csv:2: the row has 2 fields, the first row has 3");
  CHECK(load_error("", options) == "t.csv: the input is empty: expected rows (--no-header)");
}

TEST_CASE("loader: describe_failures keeps what was seen of an input that could not be read") {
  LoadOptions options = raw_names();
  options.skip_bad_files = options.describe_failures = true;
  const coopstat::testing::ScratchFolder folder;
  const std::string no_partner = folder.write("a.csv", "Title\nname,year\nFrance,2020\n");
  const std::string bad_value = folder.write("b.csv", "partner,year,agreements\nFrance,2020,1\nJapan,2021,x\n");
  LoadReport report;
  const Table table = coopstat::load_csv({no_partner, bad_value}, options, report);
  REQUIRE(report.files.size() == 2);
  REQUIRE(table.sources.size() == 2);
  const coopstat::FileReport& header_not_found = report.files[0];
  CHECK(header_not_found.header_lines_tried == std::vector<std::uint64_t>{1, 2, 3});
  CHECK(header_not_found.header_line == 1);  // the first line tried, whose columns are shown
  REQUIRE(header_not_found.columns.size() == 1);
  CHECK(header_not_found.columns[0].name == "Title");
  REQUIRE(header_not_found.failure);
  CHECK(header_not_found.failure->line() == 1);
  const coopstat::FileReport& stopped = report.files[1];
  CHECK(stopped.header_lines_tried.empty());
  CHECK(stopped.rows.loaded == 1);
  REQUIRE(stopped.failure);
  CHECK(stopped.failure->located_message() == bad_value + ":3: column \"agreements\": \"x\" is not a number");
  // Without describe_failures, an input that fails has no report.
  options.describe_failures = false;
  LoadReport plain;
  coopstat::load_csv({no_partner, bad_value}, options, plain);
  CHECK(plain.files.size() == 1);
  CHECK_FALSE(plain.files.front().failure);
}
