#include "coopstat/render.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
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

std::string rendered(const ResultTable& table, Format format, const coopstat::RenderOptions& options = {}) {
  std::ostringstream out;
  const ResultTable tables[] = {table};
  coopstat::render(tables, format, options, out);
  return out.str();
}

// Names, numbers, an empty cell and the characters each format must escape.
ResultTable mixed_table() {
  return {"Mixed | title",
          {{"name"},
           {"n", ColumnKind::integer},
           {"share", ColumnKind::percent, 1},
           {"change", ColumnKind::integer, 0, true}},
          {{std::string("Korea, Republic of"), std::int64_t{12345}, 53.84615384615385, std::int64_t{-4}},
           {std::string("tab\there|pipe \"q\" back\\slash\nline"), Cell{}, 0.5, std::int64_t{6}}}};
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
  const Column line{"line", ColumnKind::line};
  const Column decimal{"mean", ColumnKind::decimal, 2};
  const Column percent{"share", ColumnKind::percent, 1};
  const Column change{"change", ColumnKind::integer, 0, true};
  const Column percent_change{"change_pct", ColumnKind::percent, 1, true};
  CHECK(display_text(Cell{std::int64_t{1234567}}, integer) == "1,234,567");
  CHECK(display_text(Cell{std::int64_t{-1234}}, integer) == "-1,234");
  CHECK(display_text(Cell{std::int64_t{999}}, integer) == "999");
  CHECK(display_text(Cell{std::int64_t{2022}}, year) == "2022");
  CHECK(display_text(Cell{std::int64_t{123456}}, line) == "123456");  // line numbers are never grouped either
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
  CHECK(coopstat::parse_format("gexf") == Format::gexf);
  try {
    coopstat::parse_format("cvs");
    FAIL("expected an error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    CHECK(std::string(error.what()) ==
          "unknown format \"cvs\" (formats: table, csv, tsv, json, markdown, pajek, graphml, gexf, vosviewer); did you "
          "mean \"csv\"?");
  }
}

TEST_CASE("render: TSV escapes tabs, newlines and backslashes, and keeps full precision") {
  CHECK(rendered(mixed_table(), Format::tsv) ==
        "name\tn\tshare\tchange\n"
        "Korea, Republic of\t12345\t53.84615384615385\t-4\n"
        "tab\\there|pipe \"q\" back\\\\slash\\nline\t\t0.5\t6\n");
}

TEST_CASE("render: JSON is an array of objects, numbers as numbers, empty as null, and parses back") {
  const std::string text = rendered(mixed_table(), Format::json);
  const auto parsed = nlohmann::json::parse(text);
  REQUIRE(parsed.is_array());
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[0]["name"] == "Korea, Republic of");
  CHECK(parsed[0]["n"] == 12345);
  CHECK(parsed[0]["share"].get<double>() == 53.84615384615385);
  CHECK(parsed[0]["change"] == -4);
  CHECK(parsed[1]["n"].is_null());
  CHECK(parsed[1]["name"] == "tab\there|pipe \"q\" back\\slash\nline");
  // Columns keep their order.
  CHECK(text.find("\"name\"") < text.find("\"n\""));
  CHECK(rendered(ResultTable{"", {{"x"}}, {}}, Format::json) == "[]\n");
}

TEST_CASE("render: markdown is a GitHub table, numbers right-aligned and not grouped, pipes escaped") {
  CHECK(rendered(mixed_table(), Format::markdown) ==
        "### Mixed \\| title\n\n"
        "| name | n | share | change |\n"
        "|:--|--:|--:|--:|\n"
        "| Korea, Republic of | 12345 | 53.8% | -4 |\n"
        "| tab\there\\|pipe \"q\" back\\slash line |  | 0.5% | +6 |\n");
}

TEST_CASE("render: a note follows the table, and a chart only when asked") {
  ResultTable table{
      "T", {{"year", ColumnKind::year}, {"n", ColumnKind::integer}}, {{std::int64_t{2020}, std::int64_t{3}}}};
  table.note = "1 row, 0 errors";
  table.chart = coopstat::Chart{"Per year", "agreements", {"2020", "2021"}, {{3, 4.5}}};
  CHECK(rendered(table, Format::table) == "T\nyear  n\n----  -\n2020  3\n1 row, 0 errors\n");
  const std::string without = rendered(table, Format::markdown);
  CHECK(without.find("mermaid") == std::string::npos);
  CHECK(rendered(table, Format::markdown, {false, true}) ==
        without +
            "\n```mermaid\nxychart-beta\n    title \"Per year\"\n    x-axis [\"2020\", \"2021\"]\n"
            "    y-axis \"agreements\"\n    line [3, 4.5]\n```\n");
}

TEST_CASE("render: colour marks headers and falls, and nothing without it") {
  const std::string coloured = rendered(mixed_table(), Format::table, {true, false});
  CHECK(coloured.find("\x1b[1mname\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[31m-4\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[31m+6") == std::string::npos);
  CHECK(rendered(mixed_table(), Format::table).find('\x1b') == std::string::npos);
}

TEST_CASE("render: colour rules: --color, a terminal, NO_COLOR") {
  using coopstat::color_wanted;
  using coopstat::ColorMode;
  CHECK(color_wanted(ColorMode::automatic, true, nullptr));
  CHECK(color_wanted(ColorMode::automatic, true, ""));  // an empty NO_COLOR does not count
  CHECK_FALSE(color_wanted(ColorMode::automatic, true, "1"));
  CHECK_FALSE(color_wanted(ColorMode::automatic, false, nullptr));
  CHECK(color_wanted(ColorMode::always, false, "1"));
  CHECK_FALSE(color_wanted(ColorMode::never, true, nullptr));
}
