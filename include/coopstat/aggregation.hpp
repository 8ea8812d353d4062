#pragma once
// Statistics per group: what was asked (measures) and the state of each group (accumulators, distinct counts).

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/engine.hpp"
#include "coopstat/gaps.hpp"
#include "coopstat/query.hpp"
#include "coopstat/result.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// What an aggregate column computes.
enum class MeasureKind {
  value,     ///< a statistic of the group's values (see Stat)
  distinct,  ///< how many distinct values of a key the group's rows have
  share,     ///< the group's total as a percentage of the grand total
};

/// One requested column: `count`, `p90`, `distinct_partners`, `share`…
struct Measure {
  MeasureKind kind = MeasureKind::value;
  Stat stat;                        ///< for MeasureKind::value
  Key distinct_key = Key::partner;  ///< for MeasureKind::distinct
  std::string name;
};

/// Every measure name with its help line: the value statistics, then distinct_KEYs and share.
std::vector<std::pair<std::string, std::string>> measure_catalogue();
/// Parses one measure name; a usage Error with "did you mean" when unknown.
Measure parse_measure(std::string_view name);
/// `--stats` help text built from the catalogue.
std::string measure_help();

/// How to aggregate: the group keys and, with `per`, the key whose totals the statistics describe.
struct AggregationPlan {
  std::vector<Key> keys;
  /// Describe each group's totals per value of this key instead of its rows; with Key::year and Gaps::zero every
  /// year of the span counts, a year without rows as 0; with Gaps::missing only the years with rows count.
  std::optional<Key> per;
  /// Keys whose distinct values are counted.
  std::vector<Key> distinct_keys;
  /// What each group's accumulator keeps: stat_needs_of the measures (every statistic unless told).
  StatNeeds needs = kEveryStat;
  /// With per = year: how a year without rows counts.
  Gaps gaps = Gaps::zero;
};

/// The state of every group after one pass over the rows.
struct Aggregation {
  Groups groups;
  /// One per group: the row counts of the group, or its totals per `per` value.
  std::vector<Accumulator> values;
  /// distinct[i][g]: distinct values of plan.distinct_keys[i] in group g.
  std::vector<std::vector<std::size_t>> distinct;
  std::vector<Key> distinct_keys;
  /// The total of every row the query keeps, for shares.
  Sum grand_total;
  /// The first and last year of the rows the query keeps.
  YearSpan span;
  /// With per = year: the years of the span without rows, summed over the groups (0s under Gaps::zero, left out
  /// under Gaps::missing).
  std::size_t years_without_rows = 0;
};

/// Throws a usage Error when `per` is also a group key.
void check_plan(const AggregationPlan& plan);

/// Aggregates the rows the query keeps; check_plan() first.
Aggregation aggregate(const Query& query, const AggregationPlan& plan);
/// Aggregates the rows the query keeps for every plan, in one pass over them.
std::vector<Aggregation> aggregate(const Query& query, std::span<const AggregationPlan> plans);

/// The keys whose distinct counts `measures` need.
std::vector<Key> distinct_keys_of(std::span<const Measure> measures);
/// What the accumulators keep for `measures`.
StatNeeds stat_needs_of(std::span<const Measure> measures);

/// The column a measure prints as: counts whole, totals as the data's counts, the rest decimal, shares in %.
Column measure_column(const Measure& measure, const Table& table);
/// A measure's cell for one group; empty where undefined.
Cell measure_cell(const Aggregation& aggregation, std::size_t group, const Measure& measure, const Table& table);
/// A measure's cell for a group that has no rows: 0 for count, sum and share, empty for the rest.
Cell absent_group_cell(const Measure& measure, const Table& table);
/// A measure's value for sorting; empty where undefined.
std::optional<double> measure_value(const Aggregation& aggregation, std::size_t group, const Measure& measure);

/// Group indices in the documented order: by `by` when given (largest first, smallest first with `ascending`;
/// undefined values last either way), a tie broken by the group's sum, then its count (in the same direction), then
/// by the keys in natural order (years ascending, names in byte order).
std::vector<std::size_t> order_groups(const Aggregation& aggregation, const Table& table, const Measure* by,
                                      bool ascending);

/// Whether a measure adds up over groups (count, sum, share), so that an absent group means 0.
bool is_additive(const Measure& measure);

}  // namespace coopstat
