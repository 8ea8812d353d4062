#include "coopstat/network.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "coopstat/engine.hpp"
#include "coopstat/error.hpp"

namespace coopstat {
namespace {

// One year of a pair (or a self-pair): its total and rows.
struct YearTotal {
  int year = 0;
  Sum sum;
  std::size_t rows = 0;
};

// Adds a total to another as adding its rows one by one would (exactly while both are whole).
void add_total(Sum& into, const Sum& part) {
  if (part.whole())
    into.add_whole_total(part.integer());
  else
    into.add(part.value());
}

// Adds the years of `more` (ascending) into `years` (ascending), keeping them ascending and merging equal years.
void merge_years(std::vector<YearTotal>& years, const std::vector<YearTotal>& more) {
  std::vector<YearTotal> merged;
  merged.reserve(years.size() + more.size());
  auto a = years.begin();
  auto b = more.begin();
  while (a != years.end() || b != more.end()) {
    if (b == more.end() || (a != years.end() && a->year < b->year)) {
      merged.push_back(*a++);
    } else if (a == years.end() || b->year < a->year) {
      merged.push_back(*b++);
    } else {
      YearTotal both = *a++;
      add_total(both.sum, b->sum);
      both.rows += b->rows;
      ++b;
      merged.push_back(std::move(both));
    }
  }
  years = std::move(merged);
}

// The total of the years of `years` within [first, last], or nothing when none of them is.
std::optional<YearTotal> total_within(const std::vector<YearTotal>& years, int first, int last) {
  std::optional<YearTotal> total;
  const auto begin =
      std::lower_bound(years.begin(), years.end(), first, [](const YearTotal& year, int y) { return year.year < y; });
  for (auto year = begin; year != years.end() && year->year <= last; ++year) {
    if (!total) total.emplace();
    add_total(total->sum, year->sum);
    total->rows += year->rows;
  }
  return total;
}

// The years each slice covers.
std::vector<std::pair<int, int>> slice_bounds(const YearSpan& span, const Slicing& slicing) {
  std::vector<std::pair<int, int>> bounds;
  if (slicing.kind == SliceKind::whole) {
    bounds.emplace_back(span.first, span.last);
    return bounds;
  }
  if (span.empty()) return bounds;
  if (slicing.kind == SliceKind::window && slicing.years > span.last - span.first + 1)
    throw Error(fmt::format("--window {}: the data has {} years ({}–{}), fewer than one window", slicing.years,
                            span.last - span.first + 1, span.first, span.last));
  const int start = slicing.kind == SliceKind::window ? span.first + slicing.years - 1 : span.first;
  for (int year = start; year <= span.last; ++year) {
    const int first = slicing.kind == SliceKind::per_year     ? year
                      : slicing.kind == SliceKind::cumulative ? span.first
                                                              : year - slicing.years + 1;
    bounds.emplace_back(first, year);
  }
  return bounds;
}

// The key of a pair's years: both ends as node indices (equal for a self-pair).
using PairKey = std::pair<std::uint32_t, std::uint32_t>;

}  // namespace

std::string Slice::label() const {
  if (last_year < first_year) return "all years";
  if (first_year == last_year) return std::to_string(first_year);
  return fmt::format("{}–{}", first_year, last_year);
}

std::size_t Slice::node_count() const {
  return static_cast<std::size_t>(std::count(present.begin(), present.end(), true));
}

Network build_network(const Query& query, PairOrder order, const Slicing& slicing) {
  const Table& table = query.table();
  if (!table.has_reporter)
    throw Error(
        "links and networks need a bilateral table: a reporter column beside the partner column, so that each row "
        "is a pair (name it with --reporter-col COL)");

  EngineRequest request;
  request.groupings.push_back(
      {{Key::reporter, Key::partner}, std::nullopt, {}, SubtotalRequest{Key::year, nullptr, std::nullopt}});
  const EngineResult result = compute_groups(query, request);
  const GroupingResult& pairs = result.groupings.front();

  // One node per country, whichever end it is on, in byte order of its name.
  Network network;
  network.order = order;
  network.slicing = slicing;
  for (std::size_t group = 0; group < pairs.groups.size(); ++group) {
    const std::string& reporter = table.reporters.name(pairs.groups.value(group, 0));
    if (reporter.empty())
      throw Error(
          "a row without a reporter (from an input that has no reporter column) is no pair: links and networks need "
          "both ends of every row");
    network.nodes.push_back(reporter);
    network.nodes.push_back(table.partners.name(pairs.groups.value(group, 1)));
  }
  std::sort(network.nodes.begin(), network.nodes.end());
  network.nodes.erase(std::unique(network.nodes.begin(), network.nodes.end()), network.nodes.end());
  const auto node_of = [&](const std::string& name) {
    return static_cast<std::uint32_t>(std::lower_bound(network.nodes.begin(), network.nodes.end(), name) -
                                      network.nodes.begin());
  };

  // Each pair's years, both directions of an unordered pair together; ordered by (from, to).
  std::map<PairKey, std::vector<YearTotal>> years_of;
  for (std::size_t group = 0; group < pairs.groups.size(); ++group) {
    std::uint32_t from = node_of(table.reporters.name(pairs.groups.value(group, 0)));
    std::uint32_t to = node_of(table.partners.name(pairs.groups.value(group, 1)));
    if (order == PairOrder::unordered && to < from) std::swap(from, to);
    std::vector<YearTotal> years;
    for (const Subtotal& year : pairs.subtotals[group])
      years.push_back({static_cast<int>(year.value), year.sum, year.rows});
    merge_years(years_of[{from, to}], years);
  }

  for (const auto& [first, last] : slice_bounds(result.span, slicing)) {
    Slice& slice = network.slices.emplace_back();
    slice.first_year = first;
    slice.last_year = last;
    slice.diagonal.resize(network.nodes.size());
    slice.present.resize(network.nodes.size());
    const bool all_years = last < first;
    for (const auto& [ends, years] : years_of) {
      const auto total = total_within(years, all_years ? INT32_MIN : first, all_years ? INT32_MAX : last);
      if (!total) continue;
      slice.present[ends.first] = slice.present[ends.second] = true;
      if (ends.first == ends.second)
        slice.diagonal[ends.first] = total->sum;
      else
        slice.links.push_back({ends.first, ends.second, total->sum, total->rows});
    }
  }
  return network;
}

}  // namespace coopstat
