#include "year_range.hpp"

#include <doctest/doctest.h>

using coopstat::LoneYear;
using coopstat::parse_year_range;
using coopstat::YearRange;

TEST_CASE("year range: FIRST-LAST or a lone year, years 1 to 9999 in order") {
  CHECK(parse_year_range("2013-2017") == YearRange{2013, 2017});
  CHECK(parse_year_range("2015-2015") == YearRange{2015, 2015});
  CHECK(parse_year_range("2015") == YearRange{2015, 2015});
  CHECK(parse_year_range("1-9999") == YearRange{1, 9999});
  CHECK_FALSE(parse_year_range("2015", LoneYear::refused));
  CHECK(parse_year_range("2013-2017", LoneYear::refused) == YearRange{2013, 2017});
}

TEST_CASE("year range: anything else is refused") {
  for (const char* text : {"", "-", "2017-2013", "2013-", "-2017", "2013-2017-2020", "2013–2017", "2013 - 2017",
                           "0-2017", "2013-10000", "201x", "2013-2017x", "+2013-2017", "2013,2017"})
    CHECK_MESSAGE(!parse_year_range(text), text);
}

TEST_CASE("year range: written with an en dash for people, an underscore in column names") {
  CHECK(YearRange{2013, 2017}.text() == "2013–2017");
  CHECK(YearRange{2015, 2015}.text() == "2015");
  CHECK(YearRange{2013, 2017}.label() == "2013_2017");
  CHECK(YearRange{2015, 2015}.label() == "2015");
}
