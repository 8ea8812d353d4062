#include "input/header_search.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "coopstat/error.hpp"
#include "test_support.hpp"

using coopstat::Error;
using coopstat::LoadOptions;
using coopstat::Role;
using coopstat::input::Header;

namespace {

Header header_of(const std::string& text, const LoadOptions& options = {}) {
  std::istringstream input(text);
  const auto source = coopstat::input::stream_source(input);
  coopstat::input::LeadingLines lines(*source, "p.csv");
  return coopstat::input::find_header(lines, options, "p.csv");
}

std::string error_of(const std::string& text, const LoadOptions& options = {}) {
  return coopstat::testing::error_message([&] { header_of(text, options); });
}

const std::string kPreamble =
    "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated\",\"2024-06-28\",\n\n";

}  // namespace

TEST_CASE("header search: the first line, when it names the columns") {
  const Header header = header_of("partner;year\nFrance;2020\n");
  CHECK(header.line == 1);
  CHECK(header.delimiter == ';');
  CHECK(header.layout[Role::year].index == 1u);
}

TEST_CASE("header search: a preamble is passed over") {
  const Header header = header_of(kPreamble + "country,year\nFrance,2020\n");
  CHECK(header.line == 5);
  CHECK(header.layout.names == std::vector<std::string>{"country", "year"});
}

TEST_CASE("header search: the line that has the columns the user named") {
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::partner)] = "who";
  options.columns[static_cast<std::size_t>(Role::year)] = "when";
  CHECK(header_of("Report of 2023\nwho,when\nFrance,2020\n", options).line == 2);
}

TEST_CASE("header search: --skip passes over lines, and then takes the next non-blank one") {
  LoadOptions options;
  options.skip_lines = 3;
  CHECK(header_of(kPreamble + "country,year\nFrance,2020\n", options).line == 5);
  options.skip_lines = 1;
  CHECK(error_of(kPreamble + "country,year\n", options) ==
        "p.csv:3: no partner column: the header has \"Last Updated\", \"2024-06-28\", \"\"; name the column with "
        "--partner-col");
  options.skip_lines = 9;
  CHECK(error_of("partner,year\n", options) == "p.csv: no header line after the 9 lines --skip passes over");
}

TEST_CASE("header search: no header says which lines were tried") {
  CHECK(error_of("name,year\nFrance,2020\n\nJapan,2021\n") ==
        "p.csv:1: no partner column: the header has \"name\", \"year\"; name the column with --partner-col "
        "(lines 1–2, 4 were tried as the header; --skip N passes over lines before it)");
  CHECK(error_of("name,year\n") ==
        "p.csv:1: no partner column: the header has \"name\", \"year\"; name the column with --partner-col");
  CHECK(error_of("\n \n") == "p.csv: the input is empty: expected a header line naming the columns");
}

TEST_CASE("header search: only the first lines are tried") {
  std::string text;
  for (int i = 0; i < 10; ++i) text += "note\n";
  CHECK(error_of(text + "partner,year\n").find("lines 1–10 were tried") != std::string::npos);
}

TEST_CASE("header search: the report says what each column became, and why") {
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::count)] = "n docs";
  const coopstat::FileReport file =
      coopstat::input::describe(header_of(kPreamble + "Country Name;notes;year;n docs;\n", options), "p.csv");
  CHECK(file.delimiter == ';');
  CHECK(file.header_line == 5);
  CHECK(file.shape == coopstat::Shape::long_rows);
  REQUIRE(file.columns.size() == 5);
  CHECK(file.columns[0].role == Role::partner);
  CHECK(file.columns[0].how == "recognised name \"countryname\"");
  CHECK_FALSE(file.columns[1].role);
  CHECK(file.columns[1].how == "ignored");
  CHECK(file.columns[3].how == "--count-col");
  CHECK(file.columns[4].how == "ignored: empty name at the end of the header");
  const coopstat::FileReport wide = coopstat::input::describe(header_of("country,2019,2020\n"), "w.csv");
  CHECK(wide.shape == coopstat::Shape::wide);
  CHECK(wide.columns[2].role == Role::year);
}
