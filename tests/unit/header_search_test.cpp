#include "input/header_search.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <variant>

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

TEST_CASE("header search: when no line will do, the lines tried and the first one's columns") {
  std::istringstream input("A title\n\nname,year\nFrance,2020\n");
  const auto source = coopstat::input::stream_source(input);
  coopstat::input::LeadingLines lines(*source, "p.csv");
  auto found = coopstat::input::search_header(lines, {}, "p.csv");
  const auto* missing = std::get_if<coopstat::input::HeaderNotFound>(&found);
  REQUIRE(missing);
  CHECK(missing->tried == std::vector<std::uint64_t>{1, 3, 4});
  CHECK(missing->first.line == 1);
  CHECK(missing->first.layout.names == std::vector<std::string>{"A title"});
  CHECK(std::string(missing->problem.what())
            .ends_with("(lines 1, 3–4 were tried as the header; --skip N passes over "
                       "lines before it)"));
}

TEST_CASE("header search: --no-header takes the first row's fields as the columns, and reads it again as a row") {
  LoadOptions options;
  options.no_header = true;
  options.columns[static_cast<std::size_t>(Role::partner)] = std::string("2");
  options.columns[static_cast<std::size_t>(Role::year)] = std::string("1");
  std::istringstream input("\n2020;France;3\n2021;Japan;1\n");
  const auto source = coopstat::input::stream_source(input);
  coopstat::input::LeadingLines lines(*source, "p.csv");
  const Header header = coopstat::input::find_header(lines, options, "p.csv");
  CHECK(header.layout.positional);
  CHECK(header.delimiter == ';');
  CHECK(header.layout.names.size() == 3);
  CHECK(header.layout[Role::partner].index == 1u);
  const auto next = lines.next_non_blank();
  REQUIRE(next);
  CHECK(next->number == 2);  // the first row is read again
}

TEST_CASE("header search: --no-header, a first row whose quoted field spans more lines than a header may") {
  LoadOptions options;
  options.no_header = true;
  options.columns[static_cast<std::size_t>(Role::partner)] = std::string("1");
  options.columns[static_cast<std::size_t>(Role::year)] = std::string("2");
  std::string note = "\"a note";
  for (int line = 0; line < 12; ++line) note += "\nof many lines";
  CHECK(header_of("France,2020," + note + "\"\nJapan,2021,\n", options).layout.names.size() == 3);
  CHECK(error_of("France,2020," + note + "\n", options) ==
        "p.csv:1: a quoted field in the first row is not closed before the end of the input");
}
