#include "coopstat/engine.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <tuple>

#include "test_support.hpp"

using namespace coopstat;

namespace {

// (partner, year) of a group or subtotal → (total, rows), computed by the test from the table's columns.
using Expected = std::map<std::pair<std::uint32_t, std::uint32_t>, std::pair<std::int64_t, std::size_t>>;

Expected by_partner_and_year(const Table& table) {
  Expected expected;
  for (std::size_t row = 0; row < table.rows(); ++row) {
    auto& [total, rows] = expected[{table.partner[row], static_cast<std::uint32_t>(table.year[row])}];
    total += static_cast<std::int64_t>(table.count[row]);
    ++rows;
  }
  return expected;
}

// The groups of a (partner, year) grouping in the shape of Expected.
Expected groups_of(const GroupingResult& grouping) {
  Expected actual;
  for (std::size_t group = 0; group < grouping.groups.size(); ++group)
    actual[{grouping.groups.value(group, 0), grouping.groups.value(group, 1)}] = {grouping.totals[group].sum.integer(),
                                                                                  grouping.totals[group].rows};
  return actual;
}

// The year subtotals of a partner grouping in the shape of Expected.
Expected subtotals_of(const GroupingResult& grouping) {
  Expected actual;
  for (std::size_t group = 0; group < grouping.groups.size(); ++group)
    for (const Subtotal& year : grouping.subtotals[group])
      actual[{grouping.groups.value(group, 0), year.value}] = {year.sum.integer(), year.rows};
  return actual;
}

EngineRequest partners_and_years() {
  EngineRequest request;
  request.groupings.push_back({{Key::partner, Key::year}, std::nullopt, {}, std::nullopt});
  request.groupings.push_back({{Key::partner}, StatNeeds{}, {Key::year}, SubtotalRequest{Key::year, nullptr, {}}});
  request.groupings.push_back({{}, std::nullopt, {Key::partner}, std::nullopt});
  return request;
}

// Every grouping of partners_and_years() against the test's own totals.
void check_partners_and_years(const Table& table) {
  const Expected expected = by_partner_and_year(table);
  const EngineResult result = compute_groups(Query(table, {}), partners_and_years());
  CHECK(groups_of(result.groupings[0]) == expected);
  CHECK(subtotals_of(result.groupings[1]) == expected);

  std::map<std::uint32_t, std::pair<std::int64_t, std::size_t>> partners;
  std::map<std::uint32_t, std::set<std::uint32_t>> years_of;
  for (const auto& [key, total] : expected) {
    partners[key.first].first += total.first;
    partners[key.first].second += total.second;
    years_of[key.first].insert(key.second);
  }
  const GroupingResult& by_partner = result.groupings[1];
  REQUIRE(by_partner.groups.size() == partners.size());
  for (std::size_t group = 0; group < by_partner.groups.size(); ++group) {
    const std::uint32_t partner = by_partner.groups.value(group, 0);
    CHECK(by_partner.totals[group].sum.integer() == partners[partner].first);
    CHECK(by_partner.row_stats[group].count() == partners[partner].second);
    CHECK(by_partner.row_stats[group].sum().integer() == partners[partner].first);
    CHECK(by_partner.distinct[0][group] == years_of[partner].size());
  }
  REQUIRE(result.groupings[2].groups.size() == 1);
  CHECK(result.groupings[2].distinct[0][0] == partners.size());
  CHECK(result.all.rows == table.rows());
}

}  // namespace

TEST_CASE("engine: one pass fills every grouping as if it were alone") {
  check_partners_and_years(testing::numbered_rows(10007, 7, 5, 4));
}

TEST_CASE("engine: combinations too many to number densely are numbered as the rows have them") {
  // 2200 partners × 500 years is beyond Slots::kMaxDense, and their year subtotals beyond Cells::kMaxDense.
  check_partners_and_years(testing::numbered_rows(22000, 2200, 500, 7));
}

TEST_CASE("engine: whole counts added up on every core give what one pass gives") {
  // 3 × 2^20 + 7 rows, so that each core gets a range.
  check_partners_and_years(testing::numbered_rows((std::size_t{3} << 20) + 7, 5, 9, 3));
}

TEST_CASE("engine: decimal counts are added in row order; the span is that of the kept rows") {
  const Table table = testing::load_table("partner,year,agreements\nA,2001,0.1\nB,2003,0.2\nA,2005,0.7\nB,2009,1\n");
  testing::Where where;
  const EngineResult result = compute_groups(Query(table, where.to(2006)), partners_and_years());
  CHECK(result.all.rows == 3);
  CHECK(result.all.sum.value() == doctest::Approx(1.0));
  CHECK_FALSE(result.all.sum.whole());
  CHECK(result.span.first == 2001);
  CHECK(result.span.last == 2005);
  const GroupingResult& by_partner = result.groupings[1];
  REQUIRE(by_partner.groups.size() == 2);
  const std::size_t a = by_partner.groups.value(0, 0) == table.partners.find("A") ? 0 : 1;
  CHECK(by_partner.totals[a].sum.value() == doctest::Approx(0.8));
  REQUIRE(by_partner.subtotals[a].size() == 2);
  CHECK(by_partner.subtotals[a][0].value == 2001);  // ascending years
  CHECK(by_partner.subtotals[a][1].value == 2005);
}

TEST_CASE("engine: categories take a row's count with their weight, and count distinct values each") {
  // Field "x" counts for category 0 and 1 by halves, "y" for category 1 wholly.
  const Table table =
      testing::load_table("partner,year,field,agreements\nA,2020,x,4\nB,2020,y,3\nA,2021,y,1\nC,2021,x,2\n");
  CategoryMap map;
  map.size = 2;
  map.categories.resize(table.fields.size());
  map.weights.resize(table.fields.size());
  map.categories[*table.fields.find("x")] = {0, 1};
  map.weights[*table.fields.find("x")] = 0.5;
  map.categories[*table.fields.find("y")] = {1};
  map.weights[*table.fields.find("y")] = 1.0;
  EngineRequest request;
  request.groupings.push_back({{}, std::nullopt, {}, SubtotalRequest{Key::field, &map, Key::partner}});
  const EngineResult all = compute_groups(Query(table, {}), request);
  const std::vector<Subtotal>& categories = all.groupings[0].subtotals[0];
  REQUIRE(categories.size() == 2);
  CHECK(categories[0].sum.value() == 3);  // (4 + 2) / 2
  CHECK(categories[0].distinct == 2);     // A, C
  CHECK(categories[1].sum.value() == 7);  // (4 + 2) / 2 + 3 + 1
  CHECK(categories[1].distinct == 3);     // A, B, C

  request.first_year = 2021;  // a period inside the query's rows
  const EngineResult later = compute_groups(Query(table, {}), request);
  CHECK(later.all.rows == 2);
  CHECK(later.groupings[0].subtotals[0][0].sum.value() == 1);  // C's 2 by halves
  CHECK(later.groupings[0].subtotals[0][1].sum.value() == 2);  // 1 + 1
}
