// A differential test of the grouping: a deliberately plain reference, written with nothing but the standard library
// and sharing no code with src/, computes per-group counts, sums, means, standard deviations, exact quantiles,
// distinct counts and yearly series of random tables; coopstat must agree on every group, whatever the number of
// threads that read the file. Whole sums must be equal, decimal results equal to 1e-12 relative.
//
// CI runs kDefaultTables tables from a fixed seed. A longer run:
//   COOPSTAT_DIFFERENTIAL_TABLES=100000 COOPSTAT_DIFFERENTIAL_SEED=7 build/tests/coopstat_tests -tc='differential*'

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "coopstat/aggregation.hpp"
#include "coopstat/gaps.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/totals.hpp"
#include "test_support.hpp"

using namespace coopstat;

namespace {

constexpr std::size_t kDefaultTables = 1000;
constexpr double kRelativeTolerance = 1e-12;

// ---- The random tables -----------------------------------------------------------------------------------------

struct Row {
  std::string partner;
  int year = 0;
  std::string field;
  std::string count_text;  // as written in the file, so that both sides parse the same text
  double count = 0;
};

struct RandomTable {
  std::vector<Row> rows;
  bool whole = true;
  std::optional<int> from;
  std::optional<int> to;
};

const std::vector<std::string> kPartnerPool{"Alder",  "Birch", "Cedar", "Dogwood", "Elm",   "Fir",
                                            "Ginkgo", "Hazel", "Ivy",   "Juniper", "Kapok", "Larch"};
const std::vector<std::string> kFieldPool{"climate", "energy", "health", "fusion", "space"};

std::size_t uniform(std::mt19937_64& random, std::size_t low, std::size_t high) {
  return std::uniform_int_distribution<std::size_t>(low, high)(random);
}

// Random partners and fields, years with gaps, whole or decimal counts with many ties, groups of one row, filters.
RandomTable random_table(std::mt19937_64& random) {
  RandomTable table;
  const std::size_t partners = uniform(random, 1, kPartnerPool.size());
  const std::size_t fields = uniform(random, 1, kFieldPool.size());
  std::vector<int> years;
  for (int year = 1995; year <= 2024; ++year)
    if (uniform(random, 0, 2) == 0) years.push_back(year);
  if (years.empty()) years.push_back(2000 + static_cast<int>(uniform(random, 0, 20)));
  table.whole = uniform(random, 0, 2) != 0;
  const std::size_t tie_range = uniform(random, 0, 1) == 0 ? 3 : 100000;
  const std::size_t rows = uniform(random, 1, uniform(random, 0, 3) == 0 ? 3 : 120);
  for (std::size_t i = 0; i < rows; ++i) {
    Row row;
    row.partner = kPartnerPool[uniform(random, 0, partners - 1)];
    row.year = years[uniform(random, 0, years.size() - 1)];
    row.field = kFieldPool[uniform(random, 0, fields - 1)];
    const std::size_t whole_part = uniform(random, 0, tie_range);
    row.count_text =
        table.whole ? fmt::format("{}", whole_part) : fmt::format("{}.{:03}", whole_part, uniform(random, 0, 999));
    row.count = std::strtod(row.count_text.c_str(), nullptr);
    table.rows.push_back(row);
  }
  if (uniform(random, 0, 3) == 0) {
    const int first = years.front() - static_cast<int>(uniform(random, 0, 2));
    const int last = years.back() + static_cast<int>(uniform(random, 0, 2));
    const int a = first + static_cast<int>(uniform(random, 0, static_cast<std::size_t>(last - first)));
    const int b = first + static_cast<int>(uniform(random, 0, static_cast<std::size_t>(last - first)));
    table.from = std::min(a, b);
    table.to = std::max(a, b);
  }
  return table;
}

std::string csv_of(const RandomTable& table) {
  std::string text = "partner,year,field,agreements\n";
  for (const Row& row : table.rows)
    text += fmt::format("{},{},{},{}\n", row.partner, row.year, row.field, row.count_text);
  return text;
}

bool kept(const RandomTable& table, const Row& row) {
  return (!table.from || row.year >= *table.from) && (!table.to || row.year <= *table.to);
}

// ---- The reference ---------------------------------------------------------------------------------------------

// The statistics of one group's values, computed the textbook way.
double sum_of(const std::vector<double>& values) {
  long double total = 0;
  for (const double value : values) total += value;
  return static_cast<double>(total);
}

struct Expected {
  std::vector<double> values;
  std::set<int> years;
  std::set<std::string> fields;
  std::set<std::string> partners;

  [[nodiscard]] double sum() const { return sum_of(values); }
  [[nodiscard]] double mean() const { return sum() / static_cast<double>(values.size()); }
  [[nodiscard]] std::optional<double> variance() const {
    if (values.size() < 2) return std::nullopt;
    const long double mean_value = mean();
    long double squares = 0;
    for (const double value : values) squares += (value - mean_value) * (value - mean_value);
    return static_cast<double>(squares / static_cast<long double>(values.size() - 1));
  }
  // R's type 7: linear interpolation between the order statistics around (n − 1)·p.
  [[nodiscard]] double quantile(double probability) const {
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const double position = static_cast<double>(sorted.size() - 1) * probability;
    const auto below = static_cast<std::size_t>(std::floor(position));
    if (below + 1 >= sorted.size()) return sorted.back();
    return sorted[below] + (position - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
  }
};

using GroupName = std::vector<std::string>;

std::string key_text_of(const Row& row, Key key) {
  switch (key) {
    case Key::partner: return row.partner;
    case Key::year: return std::to_string(row.year);
    case Key::field: return row.field;
    default: FAIL("the reference knows partner, year and field only"); return {};
  }
}

// The rows kept, grouped by `keys`.
std::map<GroupName, Expected> expected_groups(const RandomTable& table, const std::vector<Key>& keys) {
  std::map<GroupName, Expected> groups;
  for (const Row& row : table.rows) {
    if (!kept(table, row)) continue;
    GroupName name;
    for (const Key key : keys) name.push_back(key_text_of(row, key));
    Expected& group = groups[name];
    group.values.push_back(row.count);
    group.years.insert(row.year);
    group.fields.insert(row.field);
    group.partners.insert(row.partner);
  }
  return groups;
}

// The years a yearly series covers: the first and last year of the kept rows (a filter only narrows it).
std::pair<int, int> expected_span(const RandomTable& table) {
  int first = 9999, last = 0;
  for (const Row& row : table.rows)
    if (kept(table, row)) {
      first = std::min(first, row.year);
      last = std::max(last, row.year);
    }
  return {first, last};
}

// One partner's yearly totals over the span, and how many rows each year has.
struct Series {
  std::vector<double> totals;
  std::vector<std::size_t> rows;

  // The totals of the years with rows: what --gaps missing describes.
  [[nodiscard]] std::vector<double> observed() const {
    std::vector<double> values;
    for (std::size_t year = 0; year < totals.size(); ++year)
      if (rows[year] > 0) values.push_back(totals[year]);
    return values;
  }
};

std::map<std::string, Series> expected_series(const RandomTable& table) {
  const auto [first, last] = expected_span(table);
  const auto years = static_cast<std::size_t>(last - first + 1);
  std::map<std::string, Series> series;
  for (const Row& row : table.rows) {
    if (!kept(table, row)) continue;
    Series& partner = series[row.partner];
    partner.totals.resize(years, 0.0);
    partner.rows.resize(years, 0);
    partner.totals[static_cast<std::size_t>(row.year - first)] += row.count;
    ++partner.rows[static_cast<std::size_t>(row.year - first)];
  }
  return series;
}

// ---- The comparison --------------------------------------------------------------------------------------------

void check_close(double actual, double expected, bool whole) {
  if (whole) {
    CHECK(actual == expected);
  } else {
    CHECK(std::abs(actual - expected) <= kRelativeTolerance * std::max(1.0, std::abs(expected)));
  }
}

void check_measure(const Aggregation& aggregation, std::size_t group, const std::string& name,
                   std::optional<double> expected, bool whole) {
  CAPTURE(name);
  const std::optional<double> actual = measure_value(aggregation, group, parse_measure(name));
  REQUIRE(actual.has_value() == expected.has_value());
  if (expected) check_close(*actual, *expected, whole);
}

GroupName group_name(const Aggregation& aggregation, const Table& table, std::size_t group) {
  GroupName name;
  for (std::size_t key = 0; key < aggregation.groups.keys.size(); ++key)
    name.push_back(key_text(table, aggregation.groups.keys[key], aggregation.groups.value(group, key)));
  return name;
}

void check_row_statistics(const RandomTable& random, const Table& table, const Query& query,
                          const std::vector<Key>& keys) {
  const auto expected = expected_groups(random, keys);
  const Aggregation aggregation = aggregate(query, {keys, std::nullopt, {Key::partner, Key::year, Key::field}});
  REQUIRE(aggregation.groups.size() == expected.size());
  double grand_total = 0;
  for (const auto& [name, group] : expected) grand_total += group.sum();
  for (std::size_t g = 0; g < aggregation.groups.size(); ++g) {
    const GroupName name = group_name(aggregation, table, g);
    CAPTURE(fmt::format("{}", fmt::join(name, " / ")));
    const auto found = expected.find(name);
    REQUIRE(found != expected.end());
    const Expected& group = found->second;
    const bool whole = random.whole;
    check_measure(aggregation, g, "count", static_cast<double>(group.values.size()), true);
    check_measure(aggregation, g, "sum", group.sum(), whole);
    check_measure(aggregation, g, "mean", group.mean(), false);
    check_measure(aggregation, g, "var", group.variance(), false);
    const auto variance = group.variance();
    check_measure(aggregation, g, "sd", variance ? std::optional(std::sqrt(*variance)) : std::nullopt, false);
    check_measure(aggregation, g, "min", group.quantile(0), true);
    check_measure(aggregation, g, "max", group.quantile(1), true);
    check_measure(aggregation, g, "median", group.quantile(0.5), false);
    check_measure(aggregation, g, "q1", group.quantile(0.25), false);
    check_measure(aggregation, g, "q3", group.quantile(0.75), false);
    check_measure(aggregation, g, "p05", group.quantile(0.05), false);
    check_measure(aggregation, g, "p90", group.quantile(0.9), false);
    check_measure(aggregation, g, "distinct_partners", static_cast<double>(group.partners.size()), true);
    check_measure(aggregation, g, "distinct_years", static_cast<double>(group.years.size()), true);
    check_measure(aggregation, g, "distinct_fields", static_cast<double>(group.fields.size()), true);
    if (grand_total != 0) check_measure(aggregation, g, "share", group.sum() * 100.0 / grand_total, false);
  }
}

// Statistics of each partner's yearly totals: every year of the span (a year without rows is 0) or, with
// Gaps::missing, the years with rows only.
void check_per_year(const RandomTable& random, const Table& table, const Query& query, Gaps gaps) {
  CAPTURE(gaps_name(gaps));
  const auto series = expected_series(random);
  AggregationPlan plan{{Key::partner}, Key::year, {}};
  plan.gaps = gaps;
  const Aggregation aggregation = aggregate(query, plan);
  REQUIRE(aggregation.groups.size() == series.size());
  for (std::size_t g = 0; g < aggregation.groups.size(); ++g) {
    const std::string partner = group_name(aggregation, table, g).front();
    CAPTURE(partner);
    Expected yearly;
    yearly.values = gaps == Gaps::zero ? series.at(partner).totals : series.at(partner).observed();
    const auto variance = yearly.variance();
    check_measure(aggregation, g, "count", static_cast<double>(yearly.values.size()), true);
    check_measure(aggregation, g, "sum", yearly.sum(), random.whole);
    check_measure(aggregation, g, "mean", yearly.mean(), false);
    check_measure(aggregation, g, "sd", variance ? std::optional(std::sqrt(*variance)) : std::nullopt, false);
    check_measure(aggregation, g, "median", yearly.quantile(0.5), false);
    check_measure(aggregation, g, "min", yearly.quantile(0), random.whole);  // a sum of decimals: to 1e-12
    check_measure(aggregation, g, "max", yearly.quantile(1), random.whole);
  }
}

// Each partner's yearly series: every year of the span, its total and its number of rows.
void check_series(const RandomTable& random, const Table& table, const Query& query) {
  const auto series = expected_series(random);
  const int first = expected_span(random).first;
  const std::vector<GroupSeries> actual = yearly_totals_by(query, Key::partner);
  REQUIRE(actual.size() == series.size());
  for (const GroupSeries& group : actual) {
    const std::string partner = key_text(table, Key::partner, group.value);
    CAPTURE(partner);
    const Series& expected = series.at(partner);
    REQUIRE(group.years.size() == expected.totals.size());
    for (std::size_t year = 0; year < expected.totals.size(); ++year) {
      CHECK(group.years[year].value == static_cast<std::uint32_t>(first) + year);
      CHECK(group.years[year].rows == expected.rows[year]);
      check_close(group.years[year].sum.value(), expected.totals[year], random.whole);
    }
    check_close(group.total.value(), sum_of(expected.totals), random.whole);
  }
}

std::size_t env_number(const char* name, std::size_t fallback) {
  const char* text = std::getenv(name);
  return text != nullptr ? static_cast<std::size_t>(std::strtoull(text, nullptr, 10)) : fallback;
}

}  // namespace

TEST_CASE("differential: coopstat agrees with a plain reference on random tables, on any number of threads") {
  const std::size_t tables = env_number("COOPSTAT_DIFFERENTIAL_TABLES", kDefaultTables);
  std::mt19937_64 random(env_number("COOPSTAT_DIFFERENTIAL_SEED", 20261203));
  const coopstat::testing::ScratchFolder folder;
  for (std::size_t index = 0; index < tables; ++index) {
    const RandomTable random_rows = random_table(random);
    const std::string path = folder.write("random.csv", csv_of(random_rows));
    CAPTURE(index);
    // One thread reads the file whole; two and three split it, in pieces of about 64 bytes each.
    for (const unsigned threads : {1u, 2u, 3u}) {
      CAPTURE(threads);
      LoadOptions options;
      options.names.raw = true;
      options.threads = threads;
      options.parallel_min_bytes = threads == 1 ? UINT64_MAX : 0;
      options.parallel_piece_bytes = 64;
      LoadReport report;
      const Table table = load_csv({path}, options, report);
      REQUIRE(table.rows() == random_rows.rows.size());
      Filters filters;
      filters.from = random_rows.from;
      filters.to = random_rows.to;
      const Query query(table, filters);
      bool any_kept = false;
      for (const Row& row : random_rows.rows) any_kept = any_kept || kept(random_rows, row);
      if (!any_kept) continue;
      check_row_statistics(random_rows, table, query, {Key::partner});
      check_row_statistics(random_rows, table, query, {Key::field, Key::year});
      check_per_year(random_rows, table, query, Gaps::zero);
      check_per_year(random_rows, table, query, Gaps::missing);
      check_series(random_rows, table, query);
    }
  }
}
