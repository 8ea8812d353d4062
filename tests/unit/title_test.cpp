#include "commands/title.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "coopstat/query.hpp"
#include "test_support.hpp"

namespace {

const char* const kRows =
    "partner,year,field,agreements\n"
    "France,2016,space,3\n"
    "Japan,2018,health,1\n";

}  // namespace

TEST_CASE("title: the filters follow the title in brackets, after any notes") {
  const coopstat::Table table = coopstat::testing::load_table(kRows);
  const coopstat::Query unfiltered(table, {});
  CHECK(coopstat::filtered_title("Top 2 partners", unfiltered) == "Top 2 partners");
  CHECK(coopstat::filtered_title("Shares", unfiltered, {"split on ';'"}) == "Shares (split on ';')");

  coopstat::Filters filters;
  filters.from = 2015;
  filters.to = 2018;
  filters.partners = {"France", "Japan"};
  const coopstat::Query query(table, filters);
  CHECK(coopstat::filtered_title("Top 2 partners", query) == "Top 2 partners (2015–2018; partner France or Japan)");
  CHECK(coopstat::filtered_title("Shares", query, {"split on ';'", "full count"}) ==
        "Shares (split on ';'; full count; 2015–2018; partner France or Japan)");
}
