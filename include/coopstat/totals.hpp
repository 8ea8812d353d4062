#pragma once
// Totals of the count column: overall, per key value, and per year over a span with gaps as zero; views of the
// grouping engine.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "coopstat/engine.hpp"
#include "coopstat/query.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// Totals per value of `key`, the largest first; equal totals in key order.
std::vector<KeyTotal> totals_by(const Query& query, Key key);

/// The first and last year of the kept rows (--from/--to only narrow it, through the rows they keep).
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
