#include "coopstat/relation_series.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "commands/relation_measures.hpp"
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

TEST_CASE("relation series: an index is undefined where a margin is missing, 0 without a link between sizes") {
  // Strength margins: 2019 A = B = 5, T = 10; 2020 no network; 2021 A = 4, B = 5, C = 1, T = 10.
  // Affinity C_ij·T/(C_i·C_j): A–B 2019 5·10/25 = 2, 2021 4·10/20 = 2; B–C 2021 1·10/5 = 2, 2019 C has no margin.
  const RelationSeriesSet set = series_of(PairOrder::unordered, "affinity");
  REQUIRE(set.series.size() == 2);
  CHECK(set.series[0].values == Values{2.0, std::nullopt, 2.0});
  CHECK(set.series[1].values == Values{std::nullopt, std::nullopt, 2.0});
}

TEST_CASE("relation series: a country's degree is 0 out of a year's network, its betweenness undefined") {
  const RelationSeriesSet degree = series_of(PairOrder::unordered, "degree");
  REQUIRE(degree.series.size() == 3);
  CHECK(degree.series[0].subject == "A");
  CHECK(degree.series[0].values == Values{1.0, 0.0, 1.0});
  CHECK(degree.series[1].values == Values{1.0, 0.0, 2.0});  // B: A in 2019; A and C in 2021
  CHECK(degree.series[2].values == Values{0.0, 0.0, 1.0});
  // 2021 is the path A – B – C: the one shortest path between A and C runs through B.
  const RelationSeriesSet betweenness = series_of(PairOrder::unordered, "betweenness");
  CHECK(betweenness.series[0].values == Values{0.0, std::nullopt, 0.0});
  CHECK(betweenness.series[1].values == Values{0.0, std::nullopt, 1.0});
  CHECK(betweenness.series[2].values == Values{std::nullopt, std::nullopt, 0.0});
}

TEST_CASE("relation series: an unknown measure is a usage error with a suggestion") {
  try {
    coopstat::parse_relation_measure("wieght");
    FAIL("no error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    CHECK(std::string(error.what()).ends_with("did you mean \"weight\"?"));
  }
}
