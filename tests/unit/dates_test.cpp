#include "input/dates.hpp"

#include <doctest/doctest.h>

using coopstat::DateOrder;
using coopstat::input::DateParse;
using coopstat::input::parse_date;

TEST_CASE("dates: outcomes of each layout") {
  using Outcome = DateParse::Outcome;
  CHECK(parse_date("2016-09-03", DateOrder::automatic).year == 2016);
  CHECK(parse_date("03.09.2016", DateOrder::automatic).outcome == Outcome::date);
  CHECK(parse_date("31.09.2016", DateOrder::automatic).outcome == Outcome::impossible_day);
  CHECK(parse_date("2016", DateOrder::automatic).outcome == Outcome::not_a_date);
  CHECK(parse_date("3/9/16", DateOrder::automatic).outcome == Outcome::not_a_date);
  CHECK(parse_date("12/31/2016", DateOrder::month_first).year == 2016);
  CHECK(parse_date("12/31/2016", DateOrder::day_first).outcome == Outcome::impossible_day);
  CHECK(parse_date("29-02-2000", DateOrder::day_first).year == 2000);
  CHECK(parse_date("29-02-1900", DateOrder::day_first).outcome == Outcome::impossible_day);
}

TEST_CASE("dates: layouts named in messages") {
  CHECK(coopstat::input::date_layout(DateOrder::day_first) == "DD/MM/YYYY");
  CHECK(coopstat::input::date_layout(DateOrder::month_first) == "MM/DD/YYYY");
  CHECK(coopstat::input::date_layout(DateOrder::automatic) == "DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY");
}
