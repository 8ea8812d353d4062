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
