// Inputs that are not plain text, loaded whole: the archive fixtures written by tests/cli/fixtures/archives/
// make-fixtures.sh with zip, xz, bzip2, zstd, gzip, python3 and LibreOffice. Each holds tests/cli/fixtures/tiny.csv
// (6 rows, 13 agreements) unless said otherwise.

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::Table;
using coopstat::testing::error_message;

namespace {

const std::string kFolder = std::string(COOPSTAT_SOURCE_DIR) + "/tests/cli/fixtures/archives/";

LoadOptions options() {
  LoadOptions load;
  load.names.raw = true;
  return load;
}

Table load_file(const std::string& path, LoadReport& report) { return coopstat::load_csv({path}, options(), report); }

double total(const Table& table) {
  double sum = 0;
  for (std::size_t row = 0; row < table.rows(); ++row) sum += table.count[row];
  return sum;
}

std::string file_error(const std::string& path) {
  return error_message([&] {
    LoadReport report;
    load_file(path, report);
  });
}

std::string file_bytes(const std::string& path) {
  std::ifstream input(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("open content: compressed files are read by content, whatever their name") {
  for (const auto& [file, container] : std::vector<std::pair<std::string, std::string>>{
           {"tiny.csv.xz", "xz"}, {"tiny.csv.bz2", "bzip2"}, {"tiny.csv.zst", "zstd"}, {"tiny.csv.gz", "gzip"}}) {
    CAPTURE(file);
    LoadReport report;
    const Table table = load_file(kFolder + file, report);
    CHECK(table.rows() == 6);
    CHECK(total(table) == 13);
    CHECK(report.files[0].name == kFolder + file);
    CHECK(report.files[0].container == container);
    CHECK(report.files[0].member.empty());
    CHECK(report.files[0].lines.total() == 7);
    // A stream (standard input) is read the same way.
    std::istringstream stream(file_bytes(kFolder + file));
    LoadReport stream_report;
    CHECK(coopstat::load_csv(stream, "<stdin>", options(), stream_report).rows() == 6);
    CHECK(stream_report.files[0].container == container);
  }
}

TEST_CASE("open content: the member of a zip or tar is read, its lines numbered as its own") {
  for (const auto& [file, member, container] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"tiny.zip", "tiny.csv", "zip"},
           {"tiny-with-litter.zip", "export/tiny.csv", "zip"},
           {"tiny.tar", "tiny.csv", "tar"},
           {"tiny.tar.xz", "tiny.csv", "xz, tar"}}) {
    CAPTURE(file);
    LoadReport report;
    const Table table = load_file(kFolder + file, report);
    CHECK(total(table) == 13);
    CHECK(report.files[0].name == kFolder + file + ":" + member);
    CHECK(report.files[0].container == container);
    CHECK(report.files[0].member == member);
    REQUIRE_FALSE(report.files[0].assumptions.empty());
    CHECK(report.files[0].assumptions[0].message == "read member " + member + ", the only table in " + kFolder + file);
    CHECK(table.line[0] == 2);
    // From a stream, the archive is held in memory to be listed and read.
    std::istringstream stream(file_bytes(kFolder + file));
    LoadReport stream_report;
    CHECK(coopstat::load_csv(stream, "<stdin>", options(), stream_report).rows() == 6);
    CHECK(stream_report.files[0].name == "<stdin>:" + member);
  }
  CHECK(file_error(kFolder + "bad-value.zip") ==
        kFolder + "bad-value.zip:agreements.csv:4: column \"agreements\": \"3x\" is not a number");
}

TEST_CASE("open content: a World Bank zip reads its API_ file, a wide table after 4 lines") {
  LoadReport report;
  const Table table = load_file(kFolder + "world-bank.zip", report);
  const std::string member = "API_RA.AGR_DS2_en_csv_v2_4711.csv";
  CHECK(report.files[0].member == member);
  CHECK(report.files[0].header_line == 5);
  // France 3+4+5, Japan 1+2, Korea 2+6 (empty and ".." cells are missing).
  CHECK(total(table) == 23);
  CHECK(report.files[0].assumptions[0].message.starts_with("read member " + member + ", the data of a World Bank"));
}

TEST_CASE("open content: FILE:MEMBER picks a member") {
  LoadReport report;
  const Table table = coopstat::load_csv({kFolder + "two-tables.zip:2022.csv"}, options(), report);
  CHECK(table.rows() == 6);
  CHECK(report.files[0].member == "2022.csv");
  CHECK(std::none_of(report.files[0].assumptions.begin(), report.files[0].assumptions.end(),
                     [](const coopstat::Assumption& guess) { return guess.message.starts_with("read member"); }));
  CHECK(file_error(kFolder + "two-tables.zip:2023.csv") ==
        kFolder + "two-tables.zip: no member \"2023.csv\"; its members: 2021.csv, 2022.csv");
  CHECK(file_error(kFolder + "tiny.csv.xz:tiny.csv") ==
        kFolder + "tiny.csv.xz: not an archive, so it has no member \"tiny.csv\"");
}

TEST_CASE("open content: what is no table is named, and what to do") {
  CHECK(file_error(kFolder + "report.pdf") ==
        kFolder + "report.pdf: a PDF document, not a table: export the table as CSV");
  CHECK(file_error(kFolder + "legacy.xls").starts_with(kFolder + "legacy.xls: a legacy Excel workbook (.xls)"));
  CHECK(file_error(kFolder + "data.parquet").starts_with(kFolder + "data.parquet: a Parquet file"));
  CHECK(file_error(kFolder + "agreements.sqlite").starts_with(kFolder + "agreements.sqlite: an SQLite database"));
  CHECK(file_error(kFolder + "archive.7z").starts_with(kFolder + "archive.7z: a 7z archive"));
  CHECK(file_error(kFolder + "chart.png") == kFolder + "chart.png: a PNG image, not a table");
  CHECK(file_error(kFolder + "report.docx") ==
        kFolder + "report.docx: a Word document, not a table: save its table as CSV");
  CHECK(file_error(kFolder + "two-tables.zip") ==
        kFolder + "two-tables.zip: the archive holds several tables: 2021.csv, 2022.csv; name one as " + kFolder +
            "two-tables.zip:2021.csv");
  CHECK(file_error(kFolder + "no-table.zip").starts_with(kFolder + "no-table.zip: no table in the archive"));
  CHECK(file_error(kFolder + "empty.zip") == kFolder + "empty.zip: the archive holds no file");
  // An encrypted member is picked by its name, then refused.
  CHECK(file_error(kFolder + "encrypted.zip") ==
        kFolder + "encrypted.zip:tiny.csv: the member is encrypted: extract it with its password first");
  // Only the outer archive is listed: an inner one would be held in memory (a small zip of zips could fill it).
  CHECK(file_error(kFolder + "nested.zip:inner.zip") ==
        kFolder + "nested.zip:inner.zip: a zip archive inside the archive: extract it first");
}

TEST_CASE("open content: truncated and corrupt archives are one-line errors naming the file") {
  CHECK(file_error(kFolder + "truncated.csv.xz")
            .starts_with(kFolder + "truncated.csv.xz: the xz data is corrupt or truncated ("));
  // Cut in half: the member's deflated data ends early (the central directory is gone too).
  CHECK(file_error(kFolder + "truncated.zip")
            .starts_with(kFolder + "truncated.zip:tiny.csv: the member is corrupt or truncated ("));
  // Cut inside the first member's local header: the archive itself is damaged.
  const std::string header_only = file_bytes(kFolder + "tiny.zip").substr(0, 20);
  const coopstat::testing::ScratchFolder scratch;
  const std::string cut = scratch.write("cut.zip", header_only);
  CHECK(file_error(cut).starts_with(cut + ": the archive is corrupt or truncated ("));
  // The mark of a compression with no stream after it.
  std::istringstream stream(
      std::string("\xfd"
                  "7zXZ\0 and then text",
                  20));
  CHECK(error_message([&] {
          LoadReport report;
          coopstat::load_csv(stream, "t.xz", options(), report);
        }).starts_with("t.xz: the xz data is corrupt or truncated ("));
  // A member whose data is damaged names the member.
  std::string zip = file_bytes(kFolder + "tiny.zip");
  const std::size_t data = zip.find("tiny.csv") + 8;  // the deflated bytes follow the local header's name
  for (std::size_t i = data; i < data + 20; ++i) zip[i] = static_cast<char>(zip[i] ^ 0x5a);
  const coopstat::testing::ScratchFolder folder;
  const std::string damaged = folder.write("damaged.zip", zip);
  const std::string message = file_error(damaged);
  CAPTURE(message);
  CHECK(message.starts_with(damaged + ":tiny.csv: the member is corrupt or truncated ("));
}
