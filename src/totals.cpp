#include "coopstat/totals.hpp"

#include <algorithm>

namespace coopstat {

bool total_less(const Sum& a, const Sum& b) {
  if (a.whole() && b.whole()) return a.integer() < b.integer();
  return a.value() < b.value();
}

Sum grand_total(const Query& query) {
  const Table& table = query.table();
  Sum total;
  for (std::size_t row = 0; row < table.rows(); ++row)
    if (query.keeps(row)) total.add(table.count[row]);
  return total;
}

std::vector<KeyTotal> totals_by(const Query& query, Key key) {
  const Table& table = query.table();
  const Key keys[] = {key};
  const Groups groups = group_rows(query, keys);
  std::vector<KeyTotal> totals(groups.size());
  for (std::size_t group = 0; group < groups.size(); ++group) totals[group].value = groups.value(group, 0);
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const std::uint32_t group = groups.row_group[row];
    if (group == Groups::kNoGroup) continue;
    totals[group].total.add(table.count[row]);
    ++totals[group].rows;
  }
  std::sort(totals.begin(), totals.end(), [&table, key](const KeyTotal& a, const KeyTotal& b) {
    if (total_less(b.total, a.total)) return true;
    if (total_less(a.total, b.total)) return false;
    return key_less(table, key, a.value, b.value);
  });
  return totals;
}

YearSpan year_span(const Query& query) {
  const Table& table = query.table();
  YearSpan span{INT32_MAX, INT32_MIN};
  for (std::size_t row = 0; row < table.rows(); ++row) {
    if (!query.keeps(row)) continue;
    span.first = std::min<int>(span.first, table.year[row]);
    span.last = std::max<int>(span.last, table.year[row]);
  }
  if (query.filters().from) span.first = *query.filters().from;
  if (query.filters().to) span.last = *query.filters().to;
  if (span.first == INT32_MAX || span.last == INT32_MIN) return {};
  return span;
}

std::vector<KeyTotal> yearly_totals(const Query& query) {
  const YearSpan span = year_span(query);
  if (span.empty()) return {};
  std::vector<KeyTotal> totals(static_cast<std::size_t>(span.last - span.first + 1));
  for (std::size_t i = 0; i < totals.size(); ++i) totals[i].value = static_cast<std::uint32_t>(span.first) + i;
  const Table& table = query.table();
  for (std::size_t row = 0; row < table.rows(); ++row) {
    if (!query.keeps(row)) continue;
    KeyTotal& year = totals[static_cast<std::size_t>(table.year[row] - span.first)];
    year.total.add(table.count[row]);
    ++year.rows;
  }
  return totals;
}

std::vector<GroupSeries> yearly_totals_by(const Query& query, Key key) {
  const YearSpan span = year_span(query);
  const Key keys[] = {key};
  const Groups groups = group_rows(query, keys);
  std::vector<GroupSeries> series(groups.size());
  for (std::size_t group = 0; group < groups.size(); ++group) {
    series[group].value = groups.value(group, 0);
    series[group].first_year = span.first;
    series[group].years.resize(static_cast<std::size_t>(span.last - span.first + 1));
  }
  const Table& table = query.table();
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const std::uint32_t group = groups.row_group[row];
    if (group == Groups::kNoGroup) continue;
    series[group].years[static_cast<std::size_t>(table.year[row] - span.first)].add(table.count[row]);
    series[group].total.add(table.count[row]);
  }
  return series;
}

}  // namespace coopstat
