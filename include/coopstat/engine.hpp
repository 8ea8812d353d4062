#pragma once
// The grouping engine: the one place that walks the rows a query keeps and adds them up into groups.
//
// A request lists groupings (ordered key lists) and what each group needs: its number of rows and exact total
// (always); an Accumulator of its rows' counts for further statistics; distinct counts of other keys; and its
// subtotals per value of a further key (yearly series, --per, breakdown categories, a value counting for several
// categories with a weight). One pass over the rows serves every grouping of a request. Whole counts, when nothing
// needs the values one by one, are added up as integers on every core, a range of rows each, and merged (exact in
// any order); anything else is added row by row in order, so that compensated sums and moments are deterministic.
//
// Where a change goes (docs/architecture.md): a new statistic is one catalogue row in stats.cpp and the function it
// names; a new key is one entry of the key table in query.cpp; a new way to show groups (ranking, series, shares)
// reads an EngineResult in a view (totals.cpp, aggregation.cpp, breakdown.cpp) and never walks the rows itself.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "coopstat/query.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// The total of one key value (or group, or category) over the rows the query keeps.
struct KeyTotal {
  std::uint32_t value = 0;  ///< dictionary code, or the year
  Sum sum;
  std::size_t rows = 0;
};

/// Adds `part`'s rows and sum to `into`; both sums are whole.
void merge_whole(KeyTotal& into, const KeyTotal& part);
/// merge_whole of each total of `parts` into the one at the same index of `into` (of the same size).
void merge_whole(std::vector<KeyTotal>& into, const std::vector<KeyTotal>& parts);

/// Whether total `a` is smaller than `b`, exactly for whole totals.
bool total_less(const Sum& a, const Sum& b);

/// The years a report covers: the first and last year of the kept rows (--from/--to only narrow it, through the
/// rows they keep; a series never runs into years outside the data).
struct YearSpan {
  int first = 0;
  int last = -1;  ///< last < first: no years (no rows and no bounds)
  [[nodiscard]] bool empty() const { return last < first; }
};

/// The categories each value of a key counts for, each with the weight of the row's count (breakdown's split field
/// cells: "climate; energy" counts for climate and for energy, wholly or by halves).
struct CategoryMap {
  std::vector<std::vector<std::uint32_t>> categories;  ///< indexed by the key's value
  std::vector<double> weights;                         ///< indexed by the key's value
  std::size_t size = 0;                                ///< how many categories there are
};

/// Each group's totals per value of a further key, or per category of its values.
struct SubtotalRequest {
  Key key = Key::year;
  const CategoryMap* categories = nullptr;  ///< null: the key's own values; else must outlive the engine call
  std::optional<Key> distinct_key;          ///< the distinct values of this key counted in each subtotal
};

/// One grouping, and what each of its groups needs besides its rows and total.
struct GroupingRequest {
  std::vector<Key> keys;
  std::optional<StatNeeds> row_stats;  ///< an Accumulator of the group's row counts, keeping what this says
  std::vector<Key> distinct_keys;      ///< the distinct values of these keys counted in each group
  std::optional<SubtotalRequest> subtotals;
};

/// What to compute in one pass.
struct EngineRequest {
  std::vector<GroupingRequest> groupings;
  /// Keep only the rows of these years too (comparing periods within the query's rows).
  std::optional<int> first_year;
  std::optional<int> last_year;
};

/// One subtotal of a group: the key value (or category), its sum and rows, and its distinct count if asked.
struct Subtotal {
  std::uint32_t value = 0;
  Sum sum;
  std::size_t rows = 0;
  std::size_t distinct = 0;
};

/// One grouping's groups (each has at least one row) and their state.
struct GroupingResult {
  /// The keys and each group's key values; groups in no documented order (views sort them).
  Groups groups;
  std::vector<KeyTotal> totals;                    ///< per group; value is unused
  std::vector<Accumulator> row_stats;              ///< per group, when asked
  std::vector<std::vector<std::size_t>> distinct;  ///< distinct[i][group]: distinct values of distinct_keys[i]
  /// Per group: the subtotals with rows, in ascending value for a key of small range (years always).
  std::vector<std::vector<Subtotal>> subtotals;
};

/// Everything one pass computed.
struct EngineResult {
  KeyTotal all;                           ///< every row kept
  YearSpan span;                          ///< first and last year of the rows kept
  std::vector<GroupingResult> groupings;  ///< in the order requested
};

/// Walks the rows the query (and the request's years) keep once, and fills every grouping requested.
EngineResult compute_groups(const Query& query, const EngineRequest& request);

}  // namespace coopstat
