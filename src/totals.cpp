#include "coopstat/totals.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace coopstat {
namespace {

// The groups of a one-key grouping, largest total first; equal totals in key order.
std::vector<KeyTotal> ranked(const Table& table, Key key, const GroupingResult& grouping) {
  std::vector<KeyTotal> totals;
  for (std::size_t group = 0; group < grouping.groups.size(); ++group)
    totals.push_back({grouping.groups.value(group, 0), grouping.totals[group].sum, grouping.totals[group].rows});
  std::sort(totals.begin(), totals.end(), [&table, key](const KeyTotal& a, const KeyTotal& b) {
    if (total_less(b.sum, a.sum)) return true;
    if (total_less(a.sum, b.sum)) return false;
    return key_less(table, key, a.value, b.value);
  });
  return totals;
}

// Each year of `span` in order, with its total among `years` (ascending), 0 over 0 rows where none.
std::vector<KeyTotal> over_span(const YearSpan& span, const std::vector<Subtotal>& years) {
  std::vector<KeyTotal> series;
  auto next = years.begin();
  for (int year = span.first; year <= span.last; ++year) {
    KeyTotal total{static_cast<std::uint32_t>(year), {}, 0};
    if (next != years.end() && next->value == total.value) {
      total.sum = next->sum;
      total.rows = next->rows;
      ++next;
    }
    series.push_back(total);
  }
  return series;
}

}  // namespace

Totals totals_of(const Query& query, std::span<const Key> keys) {
  EngineRequest request;
  for (const Key key : keys) request.groupings.push_back({{key}, std::nullopt, {}, std::nullopt});
  // The years are the subtotals of the one group of every row.
  request.groupings.push_back({{}, std::nullopt, {}, SubtotalRequest{Key::year, nullptr, std::nullopt}});
  const EngineResult result = compute_groups(query, request);
  Totals totals;
  totals.rows = result.all.rows;
  totals.total = result.all.sum;
  for (std::size_t k = 0; k < keys.size(); ++k)
    totals.by_key.push_back(ranked(query.table(), keys[k], result.groupings[k]));
  const GroupingResult& all = result.groupings.back();
  totals.years = over_span(result.span, all.subtotals.empty() ? std::vector<Subtotal>{} : all.subtotals.front());
  return totals;
}

std::vector<KeyTotal> totals_by(const Query& query, Key key) {
  const Key keys[] = {key};
  return std::move(totals_of(query, keys).by_key.front());
}

YearSpan year_span(const Query& query) { return compute_groups(query, {}).span; }

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
  EngineRequest request;
  request.groupings.push_back({{key}, std::nullopt, {}, SubtotalRequest{Key::year, nullptr, std::nullopt}});
  const EngineResult result = compute_groups(query, request);
  const GroupingResult& grouping = result.groupings.front();
  std::vector<GroupSeries> series;
  for (std::size_t group = 0; group < grouping.groups.size(); ++group)
    series.push_back({grouping.groups.value(group, 0), over_span(result.span, grouping.subtotals[group]),
                      grouping.totals[group].sum});
  return series;
}

}  // namespace coopstat
