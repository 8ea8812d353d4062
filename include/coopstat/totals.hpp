#pragma once
// Totals of the count column: overall, per key value, and per year over a span with gaps as zero.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "coopstat/query.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// The total of one key value over the rows the query keeps.
struct KeyTotal {
  std::uint32_t value = 0;  ///< dictionary code, or the year
  Sum total;
  std::size_t rows = 0;
};

/// Adds `part`'s rows and total to `into`; both totals are whole.
void merge_whole(KeyTotal& into, const KeyTotal& part);
/// merge_whole of each total of `parts` into the one at the same index of `into` (of the same size).
void merge_whole(std::vector<KeyTotal>& into, const std::vector<KeyTotal>& parts);

/// Whether total `a` is smaller than `b`, exactly for whole totals.
bool total_less(const Sum& a, const Sum& b);

/// Totals per value of `key`, the largest first; equal totals in key order.
std::vector<KeyTotal> totals_by(const Query& query, Key key);

/// The years a report covers: the first and last year of the kept rows (--from/--to only narrow it, through the
/// rows they keep; a series never runs into years outside the data).
struct YearSpan {
  int first = 0;
  int last = -1;  ///< last < first: no years (no rows and no bounds)
  [[nodiscard]] bool empty() const { return last < first; }
};
YearSpan year_span(const Query& query);

/// A warning when --from or --to lies outside the years of the kept rows (a typo such as --from 13 must not stretch
/// a series over two thousand empty years); empty when they lie inside, or are not given.
std::string span_warning(const Query& query);

/// The total of each year of the span, in order; a year with no rows is a total of 0 over 0 rows.
std::vector<KeyTotal> yearly_totals(const Query& query);

/// The totals of the rows the query keeps, from one pass over them.
struct Totals {
  std::size_t rows = 0;
  Sum total;
  std::vector<std::vector<KeyTotal>> by_key;  ///< totals_by of each key asked, in the order asked
  std::vector<KeyTotal> years;                ///< yearly_totals
};
Totals totals_of(const Query& query, std::span<const Key> keys);

/// One group's totals of each year of the span (a year with no rows: 0 over 0 rows), and its grand total.
struct GroupSeries {
  std::uint32_t value = 0;  ///< the group's key value
  std::vector<KeyTotal> years;
  Sum total;
};

/// The yearly series of every value of `key` that has rows, over the span of year_span(query).
std::vector<GroupSeries> yearly_totals_by(const Query& query, Key key);

}  // namespace coopstat
