#include <doctest/doctest.h>

#include <sstream>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::Table;

namespace {

Table load(const std::string& text, LoadReport& report, const LoadOptions& options = {}) {
  std::istringstream input(text);
  return coopstat::load_csv(input, "w.csv", options, report);
}

// The rows as "partner year count @line".
std::vector<std::string> rows_of(const Table& table) {
  std::vector<std::string> rows;
  for (std::size_t row = 0; row < table.rows(); ++row)
    rows.push_back(table.partners.name(table.partner[row]) + " " + std::to_string(table.year[row]) + " " +
                   std::to_string(static_cast<int>(table.count[row])) + " @" + std::to_string(table.line[row]));
  return rows;
}

const std::string kWorldBank =
    "\xEF\xBB\xBF\"Data Source\",\"World Development Indicators\",\r\n\r\n"
    "\"Country Name\",\"Country Code\",\"2019\",\"2020\",\"2021\",\r\n"
    "\"France\",\"FRA\",\"3\",\"\",\"5\",\r\n"
    "\"Korea, Rep.\",\"KOR\",\"..\",\"2\",\"NA\",\r\n";

}  // namespace

TEST_CASE("wide reader: each year cell is a row; missing cells are left out and counted") {
  LoadReport report;
  const Table table = load(kWorldBank, report);
  CHECK(rows_of(table) == std::vector<std::string>{"France 2019 3 @4", "France 2021 5 @4", "Korea, Rep. 2020 2 @5"});
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].rows.missing == 3);
  CHECK(report.files[0].missing_lines.first == std::vector<std::uint64_t>{4, 5});
}

TEST_CASE("wide reader: missing cells are errors with --missing error, naming the year column") {
  LoadOptions options;
  options.missing = coopstat::MissingCounts::error;
  CHECK(coopstat::testing::error_message([&] {
          LoadReport report;
          load(kWorldBank, report, options);
        }) ==
        "w.csv:4: column \"2020\": empty value, expected a number (--missing skip leaves out rows without a count)");
}

TEST_CASE("wide reader: bad cells and rows of the wrong width") {
  LoadReport report;
  CHECK(coopstat::testing::error_message([&] { load("country,2020,2021\nFrance,1,12x\n", report); }) ==
        "w.csv:2: column \"2021\": \"12x\" is not a number");
  CHECK(coopstat::testing::error_message([&] { load("country,2020,2021\nFrance,1\n", report); }) ==
        "w.csv:2: the row has 2 fields, the header has 3");
  CHECK(coopstat::testing::error_message([&] { load("country,2020,2021\nFrance,1,2,3\n", report); }) ==
        "w.csv:2: the row has 4 fields, the header has 3");
  CHECK(coopstat::testing::error_message([&] { load("country,2020,2021\nFrance,1,2,,\n", report); }) == "no error");
}

TEST_CASE("wide reader: --skip-bad-rows goes on past a bad row") {
  LoadOptions options;
  options.skip_bad_rows = true;
  LoadReport report;
  const Table table = load("country;2020;2021\nFrance;1;2\nJapan;1\nPeru;x;4\n", report, options);
  CHECK(rows_of(table) == std::vector<std::string>{"France 2020 1 @2", "France 2021 2 @2", "Peru 2021 4 @4"});
  CHECK(report.rows().skipped == 2);
}
