#include "input/columns.hpp"

#include <doctest/doctest.h>

#include "coopstat/error.hpp"
#include "test_support.hpp"

using coopstat::Error;
using coopstat::LoadOptions;
using coopstat::Role;
using coopstat::input::normalize_header_name;
using coopstat::input::resolve_columns;

namespace {

std::optional<std::size_t> column_of(const coopstat::input::Layout& layout, Role role) { return layout[role].index; }

std::string error_of(const std::vector<std::string>& header, const LoadOptions& options = {}) {
  return coopstat::testing::error_message([&] { resolve_columns(header, options, "f.csv", 1); });
}

}  // namespace

TEST_CASE("columns: header names compare without case, spaces, underscores and hyphens") {
  CHECK(normalize_header_name("Partner Country") == "partnercountry");
  CHECK(normalize_header_name("SIGNED_YEAR") == "signedyear");
  CHECK(normalize_header_name("agreement-type") == "agreementtype");
  CHECK(normalize_header_name("Côte") == "côte");  // only ASCII letters are folded
}

TEST_CASE("columns: roles are found by their aliases") {
  const auto choices = resolve_columns({"Notes", "Nation", "Yr", "Topic", "Amount", "Status"}, {}, "f.csv", 1);
  CHECK(column_of(choices, Role::partner) == 1u);
  CHECK(column_of(choices, Role::year) == 2u);
  CHECK(column_of(choices, Role::field) == 3u);
  CHECK(column_of(choices, Role::count) == 4u);
  CHECK(column_of(choices, Role::type) == 5u);
  CHECK(choices[Role::partner].header == "Nation");
  CHECK(choices[Role::partner].alias == "nation");
}

TEST_CASE("columns: optional roles may be absent") {
  const auto choices = resolve_columns({"country", "date"}, {}, "f.csv", 1);
  CHECK(column_of(choices, Role::partner) == 0u);
  CHECK(column_of(choices, Role::year) == 1u);
  CHECK_FALSE(column_of(choices, Role::field));
  CHECK_FALSE(column_of(choices, Role::count));
  CHECK_FALSE(column_of(choices, Role::type));
}

TEST_CASE("columns: the earlier alias wins when several columns match a role") {
  const auto choices = resolve_columns({"country", "partner", "year"}, {}, "f.csv", 1);
  CHECK(column_of(choices, Role::partner) == 1u);
}

TEST_CASE("columns: a flag names the column, exactly or normalized, and takes it from other roles") {
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::type)] = "instrument";
  options.columns[static_cast<std::size_t>(Role::count)] = "how_many";
  const auto choices = resolve_columns({"partner", "year", "type", "instrument", "How Many"}, options, "f.csv", 1);
  CHECK(column_of(choices, Role::type) == 3u);
  CHECK(column_of(choices, Role::count) == 4u);
}

TEST_CASE("columns: a flag naming the year column leaves the year role to find another") {
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::count)] = "year";
  CHECK(error_of({"partner", "year"}, options) ==
        "f.csv:1: no year column: the header has \"partner\", \"year\"; name the column with --year-col");
}

TEST_CASE("columns: errors list the header and the flag to use") {
  CHECK(error_of({"name", "year"}) ==
        "f.csv:1: no partner column: the header has \"name\", \"year\"; name the column with --partner-col");
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::field)] = "sector";
  CHECK(error_of({"partner", "year"}, options) ==
        "f.csv:1: --field-col \"sector\": no such column; the header has \"partner\", \"year\"");
  CHECK(error_of({"partner", "year", "partner"}) == "f.csv:1: the header has two columns named \"partner\"");
}

TEST_CASE("columns: one column named by two flags is a usage error that names both roles") {
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::partner)] = "partner";
  options.columns[static_cast<std::size_t>(Role::year)] = "Partner";
  CHECK(error_of({"partner", "year"}, options) ==
        "--year-col \"Partner\": the column \"partner\" is already the partner column (--partner-col); a column has "
        "one role");
  try {
    resolve_columns({"partner", "year"}, options, "f.csv", 1);
  } catch (const Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
  }
}

TEST_CASE("columns: several year-named columns and no year column make a wide table") {
  const auto layout =
      resolve_columns({"Country Name", "Country Code", "Indicator Name", "2000", "2001", "2002", ""}, {}, "f.csv", 1);
  CHECK(layout.wide());
  CHECK(layout.year_columns == std::vector<std::size_t>{3, 4, 5});
  CHECK(column_of(layout, Role::partner) == 0u);
  CHECK(layout[Role::partner].alias == "countryname");
  CHECK_FALSE(column_of(layout, Role::year));
  CHECK_FALSE(column_of(layout, Role::count));
}

TEST_CASE("columns: one year-named column, a year column, or --shape long keep a table long") {
  CHECK_FALSE(resolve_columns({"partner", "year", "2020"}, {}, "f.csv", 1).wide());
  CHECK(error_of({"partner", "2020"}) ==
        "f.csv:1: no year column: the header has \"partner\", \"2020\"; name the column with --year-col");
  LoadOptions long_rows;
  long_rows.shape = coopstat::Shape::long_rows;
  CHECK(error_of({"partner", "2020", "2021"}, long_rows) ==
        "f.csv:1: no year column: the header has \"partner\", \"2020\", \"2021\"; name the column with --year-col");
}

TEST_CASE("columns: --shape wide takes every year-named column, even one") {
  LoadOptions wide;
  wide.shape = coopstat::Shape::wide;
  const auto layout = resolve_columns({"partner", "year", "2020"}, wide, "f.csv", 1);
  CHECK(layout.year_columns == std::vector<std::size_t>{2});
  CHECK(error_of({"partner", "total"}, wide) ==
        "f.csv:1: --shape wide: no column is named by a year; the header has \"partner\", \"total\"");
}

TEST_CASE("columns: year names are four digits") {
  using coopstat::input::year_of_name;
  CHECK(year_of_name("2016") == 2016);
  CHECK(year_of_name("1000") == 1000);
  CHECK_FALSE(year_of_name("0999"));
  CHECK_FALSE(year_of_name("999"));
  CHECK_FALSE(year_of_name("20166"));
  CHECK_FALSE(year_of_name("2016 [YR2016]"));
}

namespace {

LoadOptions by_position(std::initializer_list<std::pair<Role, std::string>> given) {
  LoadOptions options;
  options.no_header = true;
  for (const auto& [role, value] : given) options.columns[static_cast<std::size_t>(role)] = value;
  return options;
}

std::string positions_error(const LoadOptions& options) {
  return coopstat::testing::error_message([&] { coopstat::input::column_positions(options); });
}

}  // namespace

TEST_CASE("columns: --no-header takes positions from 1, and refuses what it cannot read before any file") {
  const auto positions =
      coopstat::input::column_positions(by_position({{Role::partner, "3"}, {Role::year, "1"}, {Role::count, "12"}}));
  CHECK(positions[static_cast<std::size_t>(Role::partner)] == 2u);
  CHECK(positions[static_cast<std::size_t>(Role::year)] == 0u);
  CHECK(positions[static_cast<std::size_t>(Role::count)] == 11u);
  CHECK_FALSE(positions[static_cast<std::size_t>(Role::field)]);
  CHECK(positions_error(by_position({{Role::partner, "1"}})) ==
        "--no-header: a file without a header names no columns; give the year column (--year-col N) by position");
  CHECK(positions_error(by_position({})) ==
        "--no-header: a file without a header names no columns; give the partner and year columns (--partner-col N "
        "--year-col N) by position");
  CHECK(positions_error(by_position({{Role::partner, "partner"}, {Role::year, "2"}})) ==
        "--partner-col \"partner\": with --no-header a column is given by its position (1, 2, …), not by a name");
  CHECK(positions_error(by_position({{Role::partner, "0"}, {Role::year, "2"}})) ==
        "--partner-col 0: not a column's position; columns are numbered from 1");
  CHECK(positions_error(by_position({{Role::partner, "2"}, {Role::year, "02"}})) ==
        "--year-col 02: column 2 is already the partner column (--partner-col); a column has one role");
  LoadOptions wide = by_position({{Role::partner, "1"}, {Role::year, "2"}});
  wide.shape = coopstat::Shape::wide;
  CHECK(positions_error(wide).starts_with("--no-header --shape wide: "));
  // Without --no-header, values are names, and nothing is checked here.
  LoadOptions named;
  named.columns[static_cast<std::size_t>(Role::partner)] = std::string("0");
  CHECK_FALSE(coopstat::input::column_positions(named)[0]);
}

TEST_CASE("columns: a file without a header has columns named by position, roles from the flags") {
  const auto resolved =
      coopstat::input::positional_columns(4, by_position({{Role::partner, "2"}, {Role::year, "4"}}), "f.csv", 1);
  CHECK_FALSE(resolved.problem);
  CHECK(resolved.layout.names == std::vector<std::string>{"column 1", "column 2", "column 3", "column 4"});
  CHECK(column_of(resolved.layout, Role::partner) == 1u);
  CHECK(column_of(resolved.layout, Role::year) == 3u);
  CHECK(resolved.layout.flag_value(2) == "3");
  const auto beyond = coopstat::input::positional_columns(
      2, by_position({{Role::partner, "1"}, {Role::year, "2"}, {Role::count, "5"}}), "f.csv", 7);
  REQUIRE(beyond.problem);
  CHECK(beyond.problem->located_message() == "f.csv:7: --count-col 5: the first row has 2 fields");
  CHECK(column_of(beyond.layout, Role::year) == 1u);  // what could be resolved still is
}

TEST_CASE("columns: with a header, a position is a name; the error says which column it would be") {
  LoadOptions options;
  options.columns[static_cast<std::size_t>(Role::partner)] = std::string("1");
  CHECK(
      error_of({"Country", "year"}, options) ==
      "f.csv:1: --partner-col \"1\": no such column; the header has \"Country\", \"year\" (column 1 is \"Country\"; a "
      "position names a column only with --no-header)");
  // A header named by digits keeps its name: wide tables name columns by years.
  options.columns[static_cast<std::size_t>(Role::partner)] = std::string("2016");
  CHECK(column_of(resolve_columns({"year", "2016"}, options, "f.csv", 1), Role::partner) == 1u);
}

TEST_CASE("columns: resolved as far as they go, with the first problem") {
  const auto resolved = coopstat::input::resolve_columns_partly({"name", "year", "topic"}, {}, "f.csv", 3);
  REQUIRE(resolved.problem);
  CHECK(resolved.problem->line() == 3);
  CHECK(std::string(resolved.problem->what()).starts_with("no partner column"));
  CHECK_FALSE(column_of(resolved.layout, Role::partner));
  CHECK(column_of(resolved.layout, Role::year) == 1u);
  CHECK(column_of(resolved.layout, Role::field) == 2u);
}
