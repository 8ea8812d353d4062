#include "coopstat/render.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "coopstat/error.hpp"
#include "render/renderers.hpp"

using coopstat::Cell;
using coopstat::Column;
using coopstat::ColumnKind;
using coopstat::Format;
using coopstat::ResultTable;
using coopstat::writers::display_text;
using coopstat::writers::plain_text;

namespace {

std::string rendered(const ResultTable& table, Format format) {
  std::ostringstream out;
  const ResultTable tables[] = {table};
  coopstat::render(tables, format, {}, out);
  return out.str();
}

}  // namespace

TEST_CASE("render: cells for programs are exact and plain") {
  CHECK(plain_text(Cell{}) == "");
  CHECK(plain_text(Cell{std::int64_t{1234567}}) == "1234567");
  CHECK(plain_text(Cell{std::int64_t{-5}}) == "-5");
  CHECK(plain_text(Cell{0.1}) == "0.1");
  CHECK(plain_text(Cell{100.0 / 3}) == "33.333333333333336");  // shortest text that reads back the same double
  CHECK(plain_text(Cell{2.0}) == "2");
  CHECK(plain_text(Cell{-0.0}) == "0");
  CHECK(plain_text(Cell{std::string("Côte d'Ivoire")}) == "Côte d'Ivoire");
}

TEST_CASE("render: cells for people are grouped, rounded and signed as the column says") {
  const Column integer{"n", ColumnKind::integer};
  const Column year{"year", ColumnKind::year};
  const Column decimal{"mean", ColumnKind::decimal, 2};
  const Column percent{"share", ColumnKind::percent, 1};
  const Column change{"change", ColumnKind::integer, 0, true};
  const Column percent_change{"change_pct", ColumnKind::percent, 1, true};
  CHECK(display_text(Cell{std::int64_t{1234567}}, integer) == "1,234,567");
  CHECK(display_text(Cell{std::int64_t{-1234}}, integer) == "-1,234");
  CHECK(display_text(Cell{std::int64_t{999}}, integer) == "999");
  CHECK(display_text(Cell{std::int64_t{2022}}, year) == "2022");
  CHECK(display_text(Cell{1234.5}, decimal) == "1,234.50");
  CHECK(display_text(Cell{std::int64_t{3}}, decimal) == "3.00");
  CHECK(display_text(Cell{-0.001}, decimal) == "0.00");  // no "-0.00"
  CHECK(display_text(Cell{53.846}, percent) == "53.8%");
  CHECK(display_text(Cell{std::int64_t{6}}, change) == "+6");
  CHECK(display_text(Cell{std::int64_t{0}}, change) == "0");
  CHECK(display_text(Cell{std::int64_t{-4}}, change) == "-4");
  CHECK(display_text(Cell{600.0}, percent_change) == "+600.0%");
  CHECK(display_text(Cell{-80.0}, percent_change) == "-80.0%");
  CHECK(display_text(Cell{0.01}, percent_change) == "0.0%");
  CHECK(display_text(Cell{}, percent_change) == "");
}

TEST_CASE("render: CSV quotes only what needs quoting, RFC 4180 style") {
  const ResultTable table{"ignored in CSV",
                          {{"partner"}, {"n", ColumnKind::integer}},
                          {{std::string("Korea, Republic of"), std::int64_t{1}},
                           {std::string("say \"hi\""), Cell{}},
                           {std::string("two\nlines"), std::int64_t{3}},
                           {std::string(" edge"), std::int64_t{4}},
                           {std::string("Côte d'Ivoire"), std::int64_t{5}}}};
  CHECK(rendered(table, Format::csv) ==
        "partner,n\n\"Korea, Republic of\",1\n\"say \"\"hi\"\"\",\n\"two\nlines\",3\n\" edge\",4\nCôte d'Ivoire,5\n");
}

TEST_CASE("render: tables align by display width, with accented and CJK names") {
  const ResultTable table{"Title",
                          {{"partner"}, {"agreements", ColumnKind::integer}},
                          {{std::string("Côte d'Ivoire"), std::int64_t{1234}},
                           {std::string("中国"), std::int64_t{5}},
                           {std::string("Peru"), Cell{}}}};
  CHECK(rendered(table, Format::table) ==
        "Title\n"
        "partner        agreements\n"
        "-------------  ----------\n"
        "Côte d'Ivoire       1,234\n"
        "中国                    5\n"
        "Peru\n");
}

TEST_CASE("render: an empty table says so") {
  const ResultTable table{"", {{"partner"}, {"n", ColumnKind::integer}}, {}};
  CHECK(rendered(table, Format::table) == "partner  n\n-------  -\n(no rows)\n");
  CHECK(rendered(table, Format::csv) == "partner,n\n");
}

TEST_CASE("render: several tables are separated by a blank line") {
  const ResultTable one{"A", {{"x"}}, {{std::string("1")}}};
  const ResultTable tables[] = {one, one};
  std::ostringstream out;
  coopstat::render(tables, Format::table, {}, out);
  CHECK(out.str() == "A\nx\n-\n1\n\nA\nx\n-\n1\n");
}

TEST_CASE("render: formats by name") {
  CHECK(coopstat::parse_format("csv") == Format::csv);
  CHECK(coopstat::parse_format("table") == Format::table);
  try {
    coopstat::parse_format("cvs");
    FAIL("expected an error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    CHECK(std::string(error.what()) == "unknown format \"cvs\" (formats: table, csv); did you mean \"csv\"?");
  }
}
