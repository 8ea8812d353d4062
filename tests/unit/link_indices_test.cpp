#include "coopstat/link_indices.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using coopstat::LinkIndex;
using coopstat::LinkValues;
using coopstat::Margins;
using coopstat::Slice;
using coopstat::Undefined;

namespace {

constexpr LinkIndex kAll[] = {LinkIndex::cosine,      LinkIndex::jaccard,         LinkIndex::inclusion,
                              LinkIndex::association, LinkIndex::association_vos, LinkIndex::affinity};

// A slice of `nodes` countries with these links (from, to, weight), in (from, to) order.
Slice slice_of(std::size_t nodes, const std::vector<std::tuple<std::uint32_t, std::uint32_t, double>>& links) {
  Slice slice;
  slice.first_year = slice.last_year = 2020;
  slice.diagonal.resize(nodes);
  slice.present.assign(nodes, true);
  for (const auto& [from, to, weight] : links) {
    coopstat::Link& link = slice.links.emplace_back();
    link.from = from;
    link.to = to;
    link.weight.add(weight);
    link.rows = 1;
  }
  return slice;
}

// Index `i` (of kAll) of link `link`.
double value(const std::vector<LinkValues>& values, std::size_t link, std::size_t i) {
  REQUIRE(values.at(link).values.at(i).has_value());
  return *values[link].values[i];
}

}  // namespace

TEST_CASE("link indices: a triangle with a pendant, strength margins") {
  // A–B 2, A–C 1, B–C 1, C–D 3 (D hangs on C). Strengths: A 3, B 3, C 5, D 3; T = Σ s = 14 = 2W.
  const Slice slice = slice_of(4, {{0, 1, 2}, {0, 2, 1}, {1, 2, 1}, {2, 3, 3}});
  const Margins margins = coopstat::strength_margins(slice, 4, false);
  CHECK(*margins.from[2] == 5);
  CHECK(*margins.to[3] == 3);
  CHECK(*margins.total == 14);
  const auto values = coopstat::link_indices(slice, 4, false, margins, kAll);
  // A–B: cosine 2/√9, jaccard 2/(3+3−2), inclusion 2/3, association 2/9, affinity 2·14/9.
  CHECK(value(values, 0, 0) == doctest::Approx(2.0 / 3));
  CHECK(value(values, 0, 1) == doctest::Approx(0.5));
  CHECK(value(values, 0, 2) == doctest::Approx(2.0 / 3));
  CHECK(value(values, 0, 3) == doctest::Approx(2.0 / 9));
  CHECK(value(values, 0, 4) == doctest::Approx(28.0 / 9));
  CHECK(value(values, 0, 5) == doctest::Approx(28.0 / 9));
  // A–C: affinity 1·14/15 (weaker than expected).
  CHECK(value(values, 1, 5) == doctest::Approx(14.0 / 15));
  // C–D: cosine 3/√15, jaccard 3/(5+3−3) = 0.6, inclusion 3/min(5,3) = 1, affinity 3·14/15 = 2.8.
  CHECK(value(values, 3, 0) == doctest::Approx(0.7745966692));
  CHECK(value(values, 3, 1) == doctest::Approx(0.6));
  CHECK(value(values, 3, 2) == doctest::Approx(1.0));
  CHECK(value(values, 3, 5) == doctest::Approx(2.8));
  for (const LinkValues& link : values) CHECK(link.undefined == Undefined::none);
}

TEST_CASE("link indices: a weighted square with a diagonal") {
  // A–B 1, A–C 5 (the diagonal), A–D 4, B–C 2, C–D 3. Strengths: A 10, B 3, C 10, D 7; T = 30.
  const Slice slice = slice_of(4, {{0, 1, 1}, {0, 2, 5}, {0, 3, 4}, {1, 2, 2}, {2, 3, 3}});
  const auto values = coopstat::link_indices(slice, 4, false, coopstat::strength_margins(slice, 4, false), kAll);
  // A–C: cosine 5/√100 = 0.5, jaccard 5/(20−5) = 1/3, inclusion 5/10, association 5/100, affinity 5·30/100 = 1.5.
  CHECK(value(values, 1, 0) == doctest::Approx(0.5));
  CHECK(value(values, 1, 1) == doctest::Approx(1.0 / 3));
  CHECK(value(values, 1, 2) == doctest::Approx(0.5));
  CHECK(value(values, 1, 3) == doctest::Approx(0.05));
  CHECK(value(values, 1, 5) == doctest::Approx(1.5));
  // B–C: cosine 2/√30, jaccard 2/(13−2), inclusion 2/3, affinity 2·30/30 = 2.
  CHECK(value(values, 3, 0) == doctest::Approx(0.3651483717));
  CHECK(value(values, 3, 1) == doctest::Approx(2.0 / 11));
  CHECK(value(values, 3, 2) == doctest::Approx(2.0 / 3));
  CHECK(value(values, 3, 5) == doctest::Approx(2.0));
}

TEST_CASE("link indices: diagonal margins, one of 0 and one missing") {
  // Self-pairs: A 4, B 0, D 8; C has none. T = 4 + 0 + 8 = 12. Links A–B 2, A–C 1, A–D 2, B–D 1 (B's margin is 0).
  Slice slice = slice_of(4, {{0, 1, 2}, {0, 2, 1}, {0, 3, 2}, {1, 3, 1}});
  slice.diagonal[0].emplace().add(4);
  slice.diagonal[1].emplace().add(0);
  slice.diagonal[3].emplace().add(8);
  const Margins margins = coopstat::diagonal_margins(slice);
  CHECK(*margins.total == 12);
  CHECK_FALSE(margins.from[2].has_value());
  const auto values = coopstat::link_indices(slice, 4, false, margins, kAll);
  CHECK(values[0].undefined == Undefined::margin);
  CHECK_FALSE(values[0].values[0].has_value());
  CHECK(values[1].undefined == Undefined::margin);
  CHECK(values[3].undefined == Undefined::margin);
  // A–D: cosine 2/√32, jaccard 2/(12−2), inclusion 2/4, association 2/32, affinity 2·12/32 = 0.75; association-vos
  // from strengths (A 5, D 3, T 12): 2·12/15 = 1.6.
  CHECK(value(values, 2, 0) == doctest::Approx(0.3535533906));
  CHECK(value(values, 2, 1) == doctest::Approx(0.2));
  CHECK(value(values, 2, 2) == doctest::Approx(0.5));
  CHECK(value(values, 2, 3) == doctest::Approx(0.0625));
  CHECK(value(values, 2, 4) == doctest::Approx(1.6));
  CHECK(value(values, 2, 5) == doctest::Approx(0.75));
  CHECK(values[2].undefined == Undefined::none);
}

TEST_CASE("link indices: margins smaller than the link leave Jaccard undefined") {
  // Self-pairs A 1, B 1; link A–B 3: C_i + C_j − C_ij = −1. Cosine 3/√1 = 3 is still a value (not bounded by 1).
  Slice slice = slice_of(2, {{0, 1, 3}});
  slice.diagonal[0].emplace().add(1);
  slice.diagonal[1].emplace().add(1);
  const auto values = coopstat::link_indices(slice, 2, false, coopstat::diagonal_margins(slice), kAll);
  CHECK(value(values, 0, 0) == doctest::Approx(3.0));
  CHECK_FALSE(values[0].values[1].has_value());
  CHECK(values[0].undefined == Undefined::overlap);
}

TEST_CASE("link indices: a negative weight leaves its link and its countries' strengths undefined") {
  // A–B −1, A–C 2, B–C 1: A and B are on a negative link, so no strength; T (which sums them) is none.
  const Slice slice = slice_of(3, {{0, 1, -1}, {0, 2, 2}, {1, 2, 1}});
  const Margins margins = coopstat::strength_margins(slice, 3, false);
  CHECK_FALSE(margins.from[0].has_value());
  CHECK(*margins.from[2] == 3);
  CHECK_FALSE(margins.total.has_value());
  const auto values = coopstat::link_indices(slice, 3, false, margins, kAll);
  CHECK(values[0].undefined == Undefined::negative_weight);
  CHECK(values[1].undefined == Undefined::margin);
  CHECK(values[2].undefined == Undefined::margin);
  for (const LinkValues& link : values)
    for (const auto& index : link.values) CHECK_FALSE(index.has_value());
}

TEST_CASE("link indices: a single pair, fractional weights") {
  // A–B 0.5: strengths 0.5 and 0.5, T = 1: cosine 1, jaccard 1, inclusion 1, association 2, affinity 2.
  const Slice slice = slice_of(2, {{0, 1, 0.5}});
  const auto values = coopstat::link_indices(slice, 2, false, coopstat::strength_margins(slice, 2, false), kAll);
  CHECK(value(values, 0, 0) == doctest::Approx(1.0));
  CHECK(value(values, 0, 1) == doctest::Approx(1.0));
  CHECK(value(values, 0, 2) == doctest::Approx(1.0));
  CHECK(value(values, 0, 3) == doctest::Approx(2.0));
  CHECK(value(values, 0, 5) == doctest::Approx(2.0));
}

TEST_CASE("link indices: a link of weight 0 between countries without other links has no margins") {
  const Slice slice = slice_of(2, {{0, 1, 0}});
  const auto values = coopstat::link_indices(slice, 2, false, coopstat::strength_margins(slice, 2, false), kAll);
  CHECK(values[0].undefined == Undefined::margin);
}

TEST_CASE("link indices: ordered strengths are out-strength of from and in-strength of to, T = W") {
  // A→B 2, A→C 3, B→A 1. Out: A 5, B 1. In: A 1, B 2, C 3. W = 6.
  const Slice slice = slice_of(3, {{0, 1, 2}, {0, 2, 3}, {1, 0, 1}});
  const Margins margins = coopstat::strength_margins(slice, 3, true);
  CHECK(*margins.total == 6);
  const auto values = coopstat::link_indices(slice, 3, true, margins, kAll);
  // A→B: 2·6/(5·2) = 1.2; A→C: 3·6/(5·3) = 1.2; B→A: 1·6/(1·1) = 6. Cosine A→B: 2/√10.
  CHECK(value(values, 0, 5) == doctest::Approx(1.2));
  CHECK(value(values, 1, 5) == doctest::Approx(1.2));
  CHECK(value(values, 2, 5) == doctest::Approx(6.0));
  CHECK(value(values, 0, 0) == doctest::Approx(0.6324555320));
}

TEST_CASE("link indices: file margins over the slice's years; T over every country of the file") {
  const std::vector<std::string> nodes{"A", "B", "C"};
  const coopstat::CountryYearTotals totals{{"A", {{2019, 10}, {2020, 5}}}, {"B", {{2020, 20}}}, {"Z", {{2020, 70}}}};
  Slice year = slice_of(3, {});
  const Margins in_2020 = coopstat::file_margins(year, nodes, totals);
  CHECK(*in_2020.from[0] == 5);
  CHECK(*in_2020.to[1] == 20);
  CHECK_FALSE(in_2020.from[2].has_value());
  CHECK(*in_2020.total == 95);
  year.first_year = year.last_year = 2019;
  const Margins in_2019 = coopstat::file_margins(year, nodes, totals);
  CHECK(*in_2019.from[0] == 10);
  CHECK_FALSE(in_2019.from[1].has_value());
  CHECK(*in_2019.total == 10);
}

TEST_CASE("link indices: strengths of decimal weights are compensated sums") {
  // A linked to ten countries by 0.1 each: 0.1 added ten times in plain doubles is 0.9999999999999999; the strength
  // is 1, and T = 2W = 2.
  std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> links;
  for (std::uint32_t to = 1; to <= 10; ++to) links.emplace_back(0, to, 0.1);
  const Slice slice = slice_of(11, links);
  const Margins margins = coopstat::strength_margins(slice, 11, false);
  CHECK(*margins.from[0] == 1.0);
  CHECK(*margins.total == 2.0);
}
