#include "input/sheet_text.hpp"

#include <doctest/doctest.h>

#include "coopstat/error.hpp"

using coopstat::input::CellReference;
using coopstat::input::parse_cell_reference;
using coopstat::input::SheetText;

TEST_CASE("sheet text: line N holds row N; skipped cells are empty fields; short rows are filled") {
  SheetText text("t.xlsx: sheet");
  text.add(2, 1, "Title");
  text.add(4, 1, "partner");
  text.add(4, 2, "year");
  text.add(4, 3, "agreements");
  text.add(5, 1, "France");
  text.add(5, 3, "2");
  text.add(6, 1, "Japan");
  text.add(6, 2, "");  // an empty cell, as a styled cell with no value is
  CHECK(std::move(text).take() == "\nTitle,,\n\npartner,year,agreements\nFrance,,2\nJapan,,\n");
}

TEST_CASE("sheet text: quoting, and line breaks within a cell") {
  SheetText text("t.xlsx: sheet");
  text.add(1, 1, "Korea, Republic of");
  text.add(1, 2, "say \"hi\"");
  text.add(1, 3, "two\nlines");
  text.add(1, 4, " padded ");
  text.add(1, 5, "a;b");
  text.add(1, 6, "plain");
  CHECK(std::move(text).take() ==
        "\"Korea, Republic of\",\"say \"\"hi\"\"\",\"two lines\",\" padded \",\"a;b\",plain\n");
}

TEST_CASE("sheet text: an empty sheet is no text") { CHECK(SheetText("t").take().empty()); }

TEST_CASE("sheet text: cells out of order or beyond the limits are a corrupt workbook") {
  SheetText text("t.xlsx: xl/worksheets/sheet1.xml");
  text.add(3, 2, "x");
  CHECK_THROWS_WITH_AS(text.add(3, 2, "y"),
                       "the workbook is truncated or corrupt: the cell at row 3, column 2 comes after row 3, column 2",
                       coopstat::Error);
  CHECK_THROWS_AS(text.add(2, 5, "y"), coopstat::Error);
  CHECK_THROWS_AS(text.add(4, 16385, "y"), coopstat::Error);
  CHECK_THROWS_AS(text.add(1048577, 1, "y"), coopstat::Error);
}

TEST_CASE("sheet text: cell references") {
  CellReference cell;
  REQUIRE(parse_cell_reference("B12", cell));
  CHECK(cell.column == 2);
  CHECK(cell.row == 12);
  REQUIRE(parse_cell_reference("AA1", cell));
  CHECK(cell.column == 27);
  REQUIRE(parse_cell_reference("XFD1048576", cell));
  CHECK(cell.column == 16384);
  CHECK(cell.row == 1048576);
  CHECK_FALSE(parse_cell_reference("XFE1", cell));
  CHECK_FALSE(parse_cell_reference("A1048577", cell));
  CHECK_FALSE(parse_cell_reference("A0", cell));
  CHECK_FALSE(parse_cell_reference("12", cell));
  CHECK_FALSE(parse_cell_reference("B", cell));
  CHECK_FALSE(parse_cell_reference("b2", cell));
  CHECK_FALSE(parse_cell_reference("B2x", cell));
}
