#include "coopstat/relation_series.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "coopstat/error.hpp"
#include "test_support.hpp"

using coopstat::PairOrder;
using coopstat::RelationSeriesSet;

namespace {

// 2019–2021; 2020 has no rows at all, and B–C only 2021.
const char* const kPairs =
    "reporter,partner,year,n\n"
    "A,B,2019,3\n"
    "B,A,2019,2\n"
    "A,B,2021,4\n"
    "C,B,2021,1\n";

RelationSeriesSet series_of(PairOrder order, std::string_view measure) {
  coopstat::LoadOptions options;
  options.pairs = PairOrder::ordered;
  const coopstat::Table table = coopstat::testing::load_with_report(kPairs, options, "p.csv").table;
  const coopstat::Query query(table, {});
  return coopstat::relation_series(query, order, coopstat::parse_relation_measure(measure));
}

using Values = std::vector<std::optional<double>>;

}  // namespace

TEST_CASE("relation series: a pair's weight each year, 0 where it has no link, over the data's years") {
  const RelationSeriesSet set = series_of(PairOrder::unordered, "weight");
  CHECK(set.first_year == 2019);
  CHECK(set.last_year == 2021);
  REQUIRE(set.series.size() == 2);
  CHECK(set.series[0].subject == "A – B");
  CHECK(set.series[0].values == Values{5.0, 0.0, 4.0});  // 3 + 2 (both directions), none, 4
  CHECK(set.series[1].subject == "B – C");
  CHECK(set.series[1].values == Values{0.0, 0.0, 1.0});
}

TEST_CASE("relation series: ordered pairs are series of their own") {
  const RelationSeriesSet set = series_of(PairOrder::ordered, "weight");
  REQUIRE(set.series.size() == 3);
  CHECK(set.series[0].subject == "A → B");
  CHECK(set.series[0].values == Values{3.0, 0.0, 4.0});
  CHECK(set.series[1].subject == "B → A");
  CHECK(set.series[1].values == Values{2.0, 0.0, 0.0});
  CHECK(set.series[2].subject == "C → B");
}

TEST_CASE("relation series: an unknown measure is a usage error with a suggestion") {
  CHECK_THROWS_WITH_AS(coopstat::parse_relation_measure("wieght"),
                       "unknown relation measure \"wieght\" (relation measures: weight); did you mean \"weight\"?",
                       coopstat::Error);
}
