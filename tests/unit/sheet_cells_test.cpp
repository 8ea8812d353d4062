#include "input/sheet_cells.hpp"

#include <doctest/doctest.h>

using coopstat::input::date_part;
using coopstat::input::DateSystem;
using coopstat::input::is_date_format;
using coopstat::input::number_text;
using coopstat::input::serial_date;
using coopstat::input::unescape_xlsx_text;

// Expected dates worked out with Python's datetime: 1899-12-31 + serial up to 59, 1899-12-30 + serial from 61.
TEST_CASE("sheet cells: serial dates in the 1900 system, with Excel's 29 February 1900") {
  CHECK(serial_date(1, DateSystem::from_1900) == "1900-01-01");
  CHECK(serial_date(59, DateSystem::from_1900) == "1900-02-28");
  CHECK(serial_date(60, DateSystem::from_1900) == "1900-02-29");
  CHECK(serial_date(61, DateSystem::from_1900) == "1900-03-01");
  CHECK(serial_date(43891, DateSystem::from_1900) == "2020-03-01");
  CHECK(serial_date(43891.75, DateSystem::from_1900) == "2020-03-01");  // the time of day is not kept
  CHECK(serial_date(2958465, DateSystem::from_1900) == "9999-12-31");
  CHECK_FALSE(serial_date(0, DateSystem::from_1900));
  CHECK_FALSE(serial_date(-1, DateSystem::from_1900));
  CHECK_FALSE(serial_date(2958466, DateSystem::from_1900));
  CHECK_FALSE(serial_date(1.0 / 0.0, DateSystem::from_1900));
}

TEST_CASE("sheet cells: serial dates in the 1904 system") {
  CHECK(serial_date(0, DateSystem::from_1904) == "1904-01-01");
  CHECK(serial_date(1, DateSystem::from_1904) == "1904-01-02");
  CHECK(serial_date(42185, DateSystem::from_1904) == "2019-07-01");
  CHECK_FALSE(serial_date(-1, DateSystem::from_1904));
}

TEST_CASE("sheet cells: stored numbers as their shortest decimal") {
  CHECK(number_text("1234.0999999999999") == "1234.1");
  CHECK(number_text("0.10000000000000001") == "0.1");
  CHECK(number_text("0.30000000000000004") == "0.30000000000000004");  // not 0.3: another number
  CHECK(number_text("2") == "2");
  CHECK(number_text("2.0") == "2");
  CHECK(number_text("1E-3") == "0.001");
  CHECK(number_text("-12.5") == "-12.5");
  CHECK(number_text("1e21") == "1e+21");
  CHECK(number_text("12x") == "12x");  // not a number: passed on for the values to refuse
  CHECK(number_text("") == "");
}

TEST_CASE("sheet cells: date formats") {
  for (const std::uint64_t builtin : {14, 15, 16, 17, 22}) CHECK(is_date_format(builtin, ""));
  for (const std::uint64_t other : {0, 1, 2, 9, 10, 18, 19, 20, 21, 49}) CHECK_FALSE(is_date_format(other, ""));
  CHECK(is_date_format(164, "dd/mm/yyyy"));
  CHECK(is_date_format(164, "yyyy\\-mm\\-dd"));
  CHECK(is_date_format(164, "[$-409]mmm\\ yy"));
  CHECK(is_date_format(164, "D MMMM YYYY"));
  CHECK_FALSE(is_date_format(164, "General"));
  CHECK_FALSE(is_date_format(164, "0\" days\""));  // quoted text
  CHECK_FALSE(is_date_format(164, "[Red]0.00"));   // a colour
  CHECK_FALSE(is_date_format(164, "h:mm"));        // a time of day: m is minutes
  CHECK_FALSE(is_date_format(164, "#,##0_);(#,##0)"));
  CHECK_FALSE(is_date_format(164, "0\\d"));  // an escaped d is shown as is
}

TEST_CASE("sheet cells: the day of a stored date-time") {
  CHECK(date_part("2020-01-05T10:30:00") == "2020-01-05");
  CHECK(date_part("2020-01-05") == "2020-01-05");
}

// Worked by hand from ECMA-376's ST_Xstring: _xHHHH_ is U+HHHH; é is C3 A9 in UTF-8, € E2 82 AC.
TEST_CASE("sheet cells: Excel's _xHHHH_ escapes in text") {
  CHECK(unescape_xlsx_text("two_x000D__x000A_lines") == "two\r\nlines");
  CHECK(unescape_xlsx_text("caf_x00E9_ _x20AC_") == "caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(unescape_xlsx_text("_x005F_x0041_") == "_x0041_");  // an escaped underscore: the rest is text
  CHECK(unescape_xlsx_text("_x0000_ _xD800_ _x12G4_ _x123_ _x") == "_x0000_ _xD800_ _x12G4_ _x123_ _x");
  CHECK(unescape_xlsx_text("plain") == "plain");
}
