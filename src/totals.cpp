#include "coopstat/totals.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "coopstat/row_ranges.hpp"

namespace coopstat {

void merge_whole(KeyTotal& into, const KeyTotal& part) {
  into.total.add_whole_total(part.total.integer());
  into.rows += part.rows;
}

void merge_whole(std::vector<KeyTotal>& into, const std::vector<KeyTotal>& parts) {
  for (std::size_t index = 0; index < into.size(); ++index) merge_whole(into[index], parts[index]);
}

bool total_less(const Sum& a, const Sum& b) {
  if (a.whole() && b.whole()) return a.integer() < b.integer();
  return a.value() < b.value();
}

namespace {

// `seen`, the first and last year of the kept rows, as INT32_MAX and INT32_MIN when there are none.
YearSpan span_of_seen(YearSpan seen) {
  if (seen.first == INT32_MAX || seen.last == INT32_MIN) return {};
  return seen;
}

// The values of `key` that have rows, largest total first; equal totals in key order. `by_value` is indexed by
// the key's value.
std::vector<KeyTotal> ranked(const Table& table, Key key, std::vector<KeyTotal> by_value) {
  std::vector<KeyTotal> totals;
  for (std::size_t value = 0; value < by_value.size(); ++value) {
    if (by_value[value].rows == 0) continue;
    by_value[value].value = static_cast<std::uint32_t>(value);
    totals.push_back(by_value[value]);
  }
  std::sort(totals.begin(), totals.end(), [&table, key](const KeyTotal& a, const KeyTotal& b) {
    if (total_less(b.total, a.total)) return true;
    if (total_less(a.total, b.total)) return false;
    return key_less(table, key, a.value, b.value);
  });
  return totals;
}

// Each year of `span` in order, with its total from `by_year` (indexed by the year).
std::vector<KeyTotal> over_span(const YearSpan& span, const std::vector<KeyTotal>& by_year) {
  std::vector<KeyTotal> years;
  for (int year = span.first; year <= span.last; ++year) {
    KeyTotal total;
    if (year >= 0 && static_cast<std::size_t>(year) < by_year.size()) total = by_year[static_cast<std::size_t>(year)];
    total.value = static_cast<std::uint32_t>(year);
    years.push_back(total);
  }
  return years;
}

// How a row's count is added to a total. Whole counts add up as 64-bit integers, exact in any order, so that
// ranges of rows can be added up apart and merged; others go into the compensated sum row by row, in order.
struct AddWhole {
  static void to(Sum& total, double count) { total.add_whole_total(static_cast<std::int64_t>(count)); }
};
struct AddInOrder {
  static void to(Sum& total, double count) { total.add(count); }
};

// The totals one pass adds up: all rows, each year (indexed by the year), each key's values (by value).
struct RowTotals {
  KeyTotal all;
  std::vector<KeyTotal> by_year;
  std::vector<std::vector<KeyTotal>> by_key;
};

template <class Add>
RowTotals add_up_rows(const Query& query, std::span<const Key> keys, std::size_t begin, std::size_t end) {
  const Table& table = query.table();
  RowTotals sums;
  sums.by_year.resize(key_domain(table, Key::year));
  for (const Key key : keys) sums.by_key.emplace_back(key_domain(table, key));
  const auto add = [](KeyTotal& total, double count) {
    Add::to(total.total, count);
    ++total.rows;
  };
  for (std::size_t row = begin; row < end; ++row) {
    if (!query.keeps(row)) continue;
    const double count = table.count[row];
    add(sums.all, count);
    add(sums.by_year[static_cast<std::size_t>(table.year[row])], count);
    for (std::size_t k = 0; k < keys.size(); ++k) add(sums.by_key[k][key_value(table, keys[k], row)], count);
  }
  return sums;
}

void merge(RowTotals& into, const RowTotals& part) {
  merge_whole(into.all, part.all);
  merge_whole(into.by_year, part.by_year);
  for (std::size_t k = 0; k < into.by_key.size(); ++k) merge_whole(into.by_key[k], part.by_key[k]);
}

// Whole counts: a range of rows on each of the query's threads, the totals merged.
RowTotals add_up_whole_rows(const Query& query, std::span<const Key> keys) {
  return add_up_on_cores(
      query.table().rows(), query.threads(),
      [&query, keys](std::size_t begin, std::size_t end) { return add_up_rows<AddWhole>(query, keys, begin, end); },
      [](RowTotals& into, const RowTotals& part) { merge(into, part); });
}

}  // namespace

Totals totals_of(const Query& query, std::span<const Key> keys) {
  const Table& table = query.table();
  RowTotals sums = table.counts_whole() ? add_up_whole_rows(query, keys)
                                        : add_up_rows<AddInOrder>(query, keys, 0, table.rows());
  Totals totals;
  totals.rows = sums.all.rows;
  totals.total = sums.all.total;
  for (std::size_t k = 0; k < keys.size(); ++k) totals.by_key.push_back(ranked(table, keys[k], std::move(sums.by_key[k])));

  YearSpan span{INT32_MAX, INT32_MIN};
  for (std::size_t year = 0; year < sums.by_year.size(); ++year) {
    if (sums.by_year[year].rows == 0) continue;
    span.first = std::min(span.first, static_cast<int>(year));
    span.last = std::max(span.last, static_cast<int>(year));
  }
  totals.years = over_span(span_of_seen(span), sums.by_year);
  return totals;
}

std::vector<KeyTotal> totals_by(const Query& query, Key key) {
  const Key keys[] = {key};
  return std::move(totals_of(query, keys).by_key.front());
}

YearSpan year_span(const Query& query) {
  const Table& table = query.table();
  YearSpan span{INT32_MAX, INT32_MIN};
  for (std::size_t row = 0; row < table.rows(); ++row) {
    if (!query.keeps(row)) continue;
    span.first = std::min<int>(span.first, table.year[row]);
    span.last = std::max<int>(span.last, table.year[row]);
  }
  return span_of_seen(span);
}

std::string span_warning(const Query& query) {
  const Filters& filters = query.filters();
  if (!filters.from && !filters.to) return {};
  const YearSpan span = year_span(query);
  if (span.empty()) {
    if (filters.from && filters.to) return fmt::format("no rows from {} to {}", *filters.from, *filters.to);
    return filters.from ? fmt::format("no rows from {} on", *filters.from)
                        : fmt::format("no rows up to {}", *filters.to);
  }
  std::vector<std::string> outside;
  if (filters.from && *filters.from < span.first)
    outside.push_back(fmt::format("--from {} is before the first year with rows, {}", *filters.from, span.first));
  if (filters.to && *filters.to > span.last)
    outside.push_back(fmt::format("--to {} is after the last year with rows, {}", *filters.to, span.last));
  if (outside.empty()) return {};
  return fmt::format("{}: the years run from {} to {}", fmt::join(outside, "; "), span.first, span.last);
}

std::vector<KeyTotal> yearly_totals(const Query& query) { return totals_of(query, {}).years; }

std::vector<GroupSeries> yearly_totals_by(const Query& query, Key key) {
  const YearSpan span = year_span(query);
  const Key keys[] = {key};
  const Groups groups = group_rows(query, keys);
  std::vector<GroupSeries> series(groups.size());
  for (std::size_t group = 0; group < groups.size(); ++group) {
    series[group].value = groups.value(group, 0);
    for (int year = span.first; year <= span.last; ++year)
      series[group].years.push_back({static_cast<std::uint32_t>(year), {}, 0});
  }
  const Table& table = query.table();
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const std::uint32_t group = groups.of(row);
    if (group == Groups::kNoGroup) continue;
    KeyTotal& year = series[group].years[static_cast<std::size_t>(table.year[row] - span.first)];
    year.total.add(table.count[row]);
    ++year.rows;
    series[group].total.add(table.count[row]);
  }
  return series;
}

}  // namespace coopstat
