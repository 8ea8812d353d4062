#include "coopstat/aggregation.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "test_support.hpp"

using namespace coopstat;

namespace {

// Partners A–D over 2018–2021, no rows in 2020 (the fixture of the aggregate golden cases).
const char* const kStatsCsv =
    "partner,year,field,type,agreements\n"
    "A,2018,x,signed,4\nA,2018,y,signed,0\nA,2021,x,renewed,2\nB,2018,x,signed,2\n"
    "B,2019,y,signed,2\nB,2019,y,renewed,2\nC,2021,x,signed,5\nD,2018,y,signed,3\n";

const auto load = coopstat::testing::load_table;

// The group of a one-key aggregation whose key reads `name`.
std::size_t group_named(const Aggregation& aggregation, const Table& table, const std::string& name) {
  for (std::size_t group = 0; group < aggregation.groups.size(); ++group)
    if (key_text(table, aggregation.groups.keys[0], aggregation.groups.value(group, 0)) == name) return group;
  FAIL("no group " << name);
  return 0;
}

double value_of(const Aggregation& aggregation, std::size_t group, const std::string& measure) {
  return measure_value(aggregation, group, parse_measure(measure)).value();
}

}  // namespace

TEST_CASE("aggregation: measures parse from the catalogue") {
  CHECK(parse_measure("share").kind == MeasureKind::share);
  CHECK(parse_measure("distinct_years").kind == MeasureKind::distinct);
  CHECK(parse_measure("distinct_years").distinct_key == Key::year);
  CHECK(parse_measure("p90").stat.probability == doctest::Approx(0.9));
  try {
    parse_measure("distinct_partner");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()).ends_with("did you mean \"distinct_partners\"?"));
  }
}

TEST_CASE("aggregation: row statistics per group, shares and distinct counts") {
  const Table table = load(kStatsCsv);
  const Query query(table, {});
  const Aggregation aggregation = aggregate(query, {{Key::partner}, std::nullopt, {Key::year, Key::field}});
  REQUIRE(aggregation.groups.size() == 4);
  const std::size_t a = group_named(aggregation, table, "A");
  CHECK(value_of(aggregation, a, "count") == 3);  // rows 4, 0, 2
  CHECK(value_of(aggregation, a, "sum") == 6);
  CHECK(value_of(aggregation, a, "share") == 30);  // 6 of 20
  CHECK(value_of(aggregation, a, "distinct_years") == 2);
  CHECK(value_of(aggregation, a, "distinct_fields") == 2);
  CHECK(value_of(aggregation, a, "median") == 2);
  CHECK(aggregation.grand_total.integer() == 20);
}

TEST_CASE("aggregation: the accumulators keep what the measures need, and only that") {
  const std::vector<Measure> shares{parse_measure("count"), parse_measure("sum"), parse_measure("share"),
                                    parse_measure("distinct_years"), parse_measure("mean")};
  const StatNeeds none = stat_needs_of(shares);
  CHECK_FALSE(none.moments);
  CHECK_FALSE(none.values);
  const std::vector<Measure> spread{parse_measure("count"), parse_measure("sd"), parse_measure("p90")};
  CHECK(stat_needs_of(spread).moments);
  CHECK(stat_needs_of(spread).values);

  const Table table = load(kStatsCsv);
  const Aggregation aggregation = aggregate(Query(table, {}), {{Key::partner}, std::nullopt, {}, none});
  const std::size_t a = group_named(aggregation, table, "A");
  CHECK(value_of(aggregation, a, "sum") == 6);
  CHECK(value_of(aggregation, a, "mean") == 2);
  CHECK_THROWS_AS(value_of(aggregation, a, "median"), std::logic_error);
}

TEST_CASE("aggregation: --per year describes yearly totals, a year without rows as 0") {
  const Table table = load(kStatsCsv);
  const Query query(table, {});
  const Aggregation aggregation = aggregate(query, {{Key::partner}, Key::year, {}});
  const std::size_t c = group_named(aggregation, table, "C");
  // C: 0, 0, 0, 5 over 2018–2021.
  CHECK(value_of(aggregation, c, "count") == 4);
  CHECK(value_of(aggregation, c, "sum") == 5);
  CHECK(value_of(aggregation, c, "mean") == 1.25);
  CHECK(value_of(aggregation, c, "median") == 0);
  CHECK(value_of(aggregation, c, "sd") == doctest::Approx(2.5));  // √(18.75 / 3)
}

TEST_CASE("aggregation: --per year runs over the years of the data, never past them for a wide --from/--to") {
  const Table table = load(kStatsCsv);
  Filters filters;
  filters.from = 2016;
  filters.to = 2021;
  const Query query(table, filters);
  const Aggregation aggregation = aggregate(query, {{Key::partner}, Key::year, {}});
  const std::size_t d = group_named(aggregation, table, "D");
  CHECK(value_of(aggregation, d, "count") == 4);  // 2018–2021, the years with rows: 3, 0, 0, 0
  CHECK(value_of(aggregation, d, "mean") == 0.75);
  CHECK(aggregation.years_without_rows == 10);  // A 2, B 2, C 3, D 3
}

TEST_CASE("aggregation: --per year with Gaps::missing describes only the years with rows") {
  const Table table = load(kStatsCsv);
  const Query query(table, {});
  AggregationPlan plan{{Key::partner}, Key::year, {}};
  plan.gaps = coopstat::Gaps::missing;
  const Aggregation aggregation = aggregate(query, plan);
  // A: 2018 4 + 0, 2021 2 → {4, 2}; D: 2018 3 → {3}.
  const std::size_t a = group_named(aggregation, table, "A");
  CHECK(value_of(aggregation, a, "count") == 2);
  CHECK(value_of(aggregation, a, "mean") == 3);
  const std::size_t d = group_named(aggregation, table, "D");
  CHECK(value_of(aggregation, d, "count") == 1);
  CHECK(value_of(aggregation, d, "mean") == 3);
  CHECK(aggregation.years_without_rows == 10);
}

TEST_CASE("aggregation: --per another key describes only the values present") {
  const Table table = load(kStatsCsv);
  const Query query(table, {});
  const Aggregation aggregation = aggregate(query, {{Key::field}, Key::partner, {}});
  const std::size_t x = group_named(aggregation, table, "x");
  // Field x per partner: A 4 + 2 = 6, B 2, C 5 (D has no x row).
  CHECK(value_of(aggregation, x, "count") == 3);
  CHECK(value_of(aggregation, x, "median") == 5);
}

TEST_CASE("aggregation: --per may not be a group key") {
  const Table table = load(kStatsCsv);
  const Query query(table, {});
  CHECK_THROWS_AS(aggregate(query, {{Key::partner, Key::year}, Key::year, {}}), Error);
}

TEST_CASE("aggregation: no keys is one group of every kept row, and no rows is no group") {
  const Table table = load(kStatsCsv);
  const Aggregation all = aggregate(Query(table, {}), {{}, std::nullopt, {Key::partner}});
  REQUIRE(all.groups.size() == 1);
  CHECK(value_of(all, 0, "count") == 8);
  CHECK(value_of(all, 0, "distinct_partners") == 4);
  Filters none;
  none.from = 2030;
  CHECK(aggregate(Query(table, none), {{}, std::nullopt, {}}).groups.size() == 0);
}

TEST_CASE("aggregation: documented order, by measure, then sum, count and key, undefined values last") {
  const Table table = load(kStatsCsv);
  const Query query(table, {});
  const Aggregation aggregation = aggregate(query, {{Key::partner}, std::nullopt, {}});
  const auto names = [&](const std::vector<std::size_t>& order) {
    std::vector<std::string> out;
    for (const auto group : order) out.push_back(table.partners.name(aggregation.groups.value(group, 0)));
    return out;
  };
  const Measure sum = parse_measure("sum");
  const Measure sd = parse_measure("sd");
  CHECK(names(order_groups(aggregation, table, nullptr, false)) == std::vector<std::string>{"A", "B", "C", "D"});
  CHECK(names(order_groups(aggregation, table, &sum, false)) == std::vector<std::string>{"A", "B", "C", "D"});
  CHECK(names(order_groups(aggregation, table, &sum, true)) == std::vector<std::string>{"D", "C", "A", "B"});
  // sd: A 2 ({4, 0, 2}), B 0 ({2, 2, 2}), C and D undefined (one row each): their tie goes by sum, C 5 and D 3,
  // in the direction asked.
  CHECK(names(order_groups(aggregation, table, &sd, false)) == std::vector<std::string>{"A", "B", "C", "D"});
  CHECK(names(order_groups(aggregation, table, &sd, true)) == std::vector<std::string>{"B", "A", "D", "C"});
  // count (rows): A 3, B 3, C 1, D 1; ties by sum: A = B = 6 (then the key), C 5 before D 3 (after it ascending).
  const Measure count = parse_measure("count");
  CHECK(names(order_groups(aggregation, table, &count, false)) == std::vector<std::string>{"A", "B", "C", "D"});
  CHECK(names(order_groups(aggregation, table, &count, true)) == std::vector<std::string>{"D", "C", "A", "B"});
}

TEST_CASE("aggregation: cells and columns follow the data's counts") {
  const Table whole = load(kStatsCsv);
  const Table decimal = load("partner,year,amount\nA,2020,1.5\n");
  CHECK(measure_column(parse_measure("sum"), whole).kind == ColumnKind::integer);
  CHECK(measure_column(parse_measure("max"), whole).kind == ColumnKind::integer);
  CHECK(measure_column(parse_measure("median"), whole).kind == ColumnKind::decimal);
  CHECK(measure_column(parse_measure("sum"), decimal).kind == ColumnKind::decimal);
  CHECK(measure_column(parse_measure("count"), decimal).kind == ColumnKind::integer);
  CHECK(measure_column(parse_measure("share"), whole).kind == ColumnKind::percent);
  CHECK(std::get<std::int64_t>(absent_group_cell(parse_measure("sum"), whole)) == 0);
  CHECK(std::get<double>(absent_group_cell(parse_measure("sum"), decimal)) == 0.0);
  CHECK(std::holds_alternative<std::monostate>(absent_group_cell(parse_measure("mean"), whole)));
}

TEST_CASE("aggregation: random groups agree with a straightforward computation") {
  std::mt19937 random(20231129);
  std::string csv = "partner,year,agreements\n";
  std::map<std::string, std::vector<double>> values;  // the independent side: each partner's values
  for (int row = 0; row < 3000; ++row) {
    const std::string partner = fmt::format("P{}", random() % 300);
    const int whole = static_cast<int>(random() % 41) - 10;  // -10 … 30, with many repeats
    const double value = (random() % 4 == 0) ? whole + 0.25 : whole;
    csv += fmt::format("{},2020,{}\n", partner, value);
    values[partner].push_back(value);
  }
  const Table table = load(csv);
  const Aggregation aggregation = aggregate(Query(table, {}), {{Key::partner}, std::nullopt, {}});
  REQUIRE(aggregation.groups.size() == values.size());
  for (auto& [partner, group_values] : values) {
    CAPTURE(partner);
    const std::size_t group = group_named(aggregation, table, partner);
    std::sort(group_values.begin(), group_values.end());
    const double n = static_cast<double>(group_values.size());
    double sum = 0;
    for (const double v : group_values) sum += v;
    const double mean = sum / n;
    double squares = 0;
    for (const double v : group_values) squares += (v - mean) * (v - mean);
    const auto type7 = [&](double p) {
      const double h = (n - 1) * p;
      const auto below = static_cast<std::size_t>(std::floor(h));
      const std::size_t above = std::min(below + 1, group_values.size() - 1);
      return group_values[below] + (h - std::floor(h)) * (group_values[above] - group_values[below]);
    };
    CHECK(value_of(aggregation, group, "count") == n);
    CHECK(value_of(aggregation, group, "sum") == doctest::Approx(sum));
    CHECK(value_of(aggregation, group, "mean") == doctest::Approx(mean));
    CHECK(value_of(aggregation, group, "min") == group_values.front());
    CHECK(value_of(aggregation, group, "max") == group_values.back());
    CHECK(value_of(aggregation, group, "median") == doctest::Approx(type7(0.5)));
    CHECK(value_of(aggregation, group, "q1") == doctest::Approx(type7(0.25)));
    CHECK(value_of(aggregation, group, "p90") == doctest::Approx(type7(0.9)));
    if (group_values.size() > 1)
      CHECK(value_of(aggregation, group, "sd") == doctest::Approx(std::sqrt(squares / (n - 1))));
  }
}

TEST_CASE("aggregation: counts and sums of a table big enough for every core agree with one pass") {
  // 3 × 2^20 + 5 rows: partner row % 7, year 2000 + row % 4, count row % 5; from 2001 on, a quarter is left out.
  const std::size_t rows = (std::size_t{3} << 20) + 5;
  const Table table = testing::numbered_rows(rows, 7, 4, 5);
  std::vector<std::int64_t> sums(7, 0);
  std::vector<std::size_t> counts(7, 0);
  std::int64_t total = 0;
  for (std::size_t row = 0; row < rows; ++row) {
    const auto count = static_cast<std::int64_t>(row % 5);
    if (row % 4 == 0) continue;
    sums[row % 7] += count;
    ++counts[row % 7];
    total += count;
  }
  const std::vector<Measure> measures{parse_measure("count"), parse_measure("sum")};
  const Aggregation aggregation =
      aggregate(Query(table, testing::Where().from(2001)), {{Key::partner}, std::nullopt, {}, stat_needs_of(measures)});
  CHECK(aggregation.grand_total.integer() == total);
  REQUIRE(aggregation.groups.size() == 7);
  for (std::size_t partner = 0; partner < 7; ++partner) {
    const std::size_t group = group_named(aggregation, table, fmt::format("P{}", partner));
    CHECK(value_of(aggregation, group, "count") == static_cast<double>(counts[partner]));
    CHECK(aggregation.values[group].sum().integer() == sums[partner]);
  }
}
