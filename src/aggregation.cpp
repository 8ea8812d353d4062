#include "coopstat/aggregation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "coopstat/error.hpp"
#include "coopstat/totals.hpp"
#include "suggest.hpp"

namespace coopstat {
namespace {

constexpr std::string_view kDistinctPrefix = "distinct_";
constexpr std::string_view kShare = "share";

// distinct_partners, distinct_years…: the key's name made plural.
std::string distinct_name(Key key) { return fmt::format("{}{}s", kDistinctPrefix, key_name(key)); }

}  // namespace

std::vector<std::pair<std::string, std::string>> measure_catalogue() {
  std::vector<std::pair<std::string, std::string>> catalogue;
  for (const StatInfo& info : stat_catalogue()) catalogue.emplace_back(info.name, info.help);
  for (const KeyInfo& key : key_catalogue())
    catalogue.emplace_back(distinct_name(key.key), fmt::format("number of distinct {}s", key.name));
  catalogue.emplace_back(kShare, "the group's sum as a % of the grand total");
  return catalogue;
}

std::string measure_help() {
  std::string help;
  for (const auto& [name, text] : measure_catalogue()) help += fmt::format("\n  {:<21}{}", name, text);
  return help;
}

Measure parse_measure(std::string_view name) {
  if (name == kShare) return {MeasureKind::share, {}, Key::partner, std::string(name)};
  for (const KeyInfo& key : key_catalogue())
    if (name == distinct_name(key.key)) return {MeasureKind::distinct, {}, key.key, std::string(name)};
  try {
    return {MeasureKind::value, parse_stat(name), Key::partner, std::string(name)};
  } catch (const Error&) {
    std::vector<std::string> known;
    for (const auto& [known_name, help] : measure_catalogue())
      if (known_name != "pNN") known.push_back(known_name);
    throw usage_error(with_suggestion(
        fmt::format("unknown statistic \"{}\" (statistics: {}, pNN)", name, fmt::join(known, ", ")), name, known));
  }
}

std::vector<Key> distinct_keys_of(std::span<const Measure> measures) {
  std::vector<Key> keys;
  for (const Measure& measure : measures)
    if (measure.kind == MeasureKind::distinct &&
        std::find(keys.begin(), keys.end(), measure.distinct_key) == keys.end())
      keys.push_back(measure.distinct_key);
  return keys;
}

StatNeeds stat_needs_of(std::span<const Measure> measures) {
  StatNeeds needs;
  for (const Measure& measure : measures)
    if (measure.kind == MeasureKind::value) needs = needs | needs_of(measure.stat.kind);
  return needs;
}

void check_plan(const AggregationPlan& plan) {
  if (plan.per && std::find(plan.keys.begin(), plan.keys.end(), *plan.per) != plan.keys.end())
    throw usage_error(fmt::format("--per {0}: {0} is already a group key (--by)", key_name(*plan.per)));
}

namespace {

// What the engine computes for a plan: without --per, the rows of each group; with it, each group's totals per
// value of `per`, which then are the group's values.
GroupingRequest grouping_of(const AggregationPlan& plan) {
  check_plan(plan);
  GroupingRequest request{plan.keys, plan.needs, plan.distinct_keys, std::nullopt};
  if (plan.per) {
    request.row_stats.reset();
    request.subtotals = SubtotalRequest{*plan.per, nullptr, std::nullopt};
  }
  return request;
}

// Each group's totals per value of `per` as its values; with per = year, the span's years without rows add zeros
// under Gaps::zero, and nothing under Gaps::missing.
void add_totals_per(const AggregationPlan& plan, const YearSpan& span, const GroupingResult& grouping,
                    Aggregation& aggregation) {
  const std::size_t years = span.empty() ? 0 : static_cast<std::size_t>(span.last - span.first + 1);
  for (std::size_t group = 0; group < grouping.groups.size(); ++group) {
    Accumulator& values = aggregation.values.emplace_back(plan.needs);
    for (const Subtotal& subtotal : grouping.subtotals[group]) values.add(subtotal.sum.value());
    if (*plan.per != Key::year) continue;
    const std::size_t present = grouping.subtotals[group].size();
    aggregation.years_without_rows += years - present;
    if (plan.gaps == Gaps::zero)
      for (std::size_t zero = present; zero < years; ++zero) values.add(0);
  }
}

}  // namespace

std::vector<Aggregation> aggregate(const Query& query, std::span<const AggregationPlan> plans) {
  EngineRequest request;
  for (const AggregationPlan& plan : plans) request.groupings.push_back(grouping_of(plan));
  EngineResult result = compute_groups(query, request);
  std::vector<Aggregation> aggregations;
  for (std::size_t p = 0; p < plans.size(); ++p) {
    GroupingResult& grouping = result.groupings[p];
    Aggregation& aggregation = aggregations.emplace_back();
    aggregation.grand_total = result.all.sum;
    aggregation.span = result.span;
    if (plans[p].per) {
      add_totals_per(plans[p], result.span, grouping, aggregation);
    } else {
      aggregation.values = std::move(grouping.row_stats);
    }
    aggregation.groups = std::move(grouping.groups);
    aggregation.distinct_keys = plans[p].distinct_keys;
    aggregation.distinct = std::move(grouping.distinct);
  }
  return aggregations;
}

Aggregation aggregate(const Query& query, const AggregationPlan& plan) {
  return std::move(aggregate(query, std::span<const AggregationPlan>(&plan, 1)).front());
}

std::vector<std::size_t> order_groups(const Aggregation& aggregation, const Table& table, const Measure* by,
                                      bool ascending) {
  const Groups& groups = aggregation.groups;
  std::vector<std::optional<double>> values(groups.size());
  if (by != nullptr)
    for (std::size_t group = 0; group < groups.size(); ++group) values[group] = measure_value(aggregation, group, *by);
  const auto keys_less = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = 0; k < groups.keys.size(); ++k) {
      const std::uint32_t va = groups.value(a, k), vb = groups.value(b, k);
      if (va != vb) return key_less(table, groups.keys[k], va, vb);
    }
    return false;
  };
  std::vector<std::size_t> order(groups.size());
  for (std::size_t group = 0; group < order.size(); ++group) order[group] = group;
  const auto before = [ascending](double a, double b) { return ascending ? a < b : a > b; };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& va = values[a];
    const auto& vb = values[b];
    if (va.has_value() != vb.has_value()) return va.has_value();
    if (va && *va != *vb) return before(*va, *vb);
    if (by != nullptr) {
      // A tie on the statistic is broken by what the group weighs: its total, then its number of values.
      const Accumulator& ga = aggregation.values[a];
      const Accumulator& gb = aggregation.values[b];
      if (total_less(ga.sum(), gb.sum()) || total_less(gb.sum(), ga.sum()))
        return ascending ? total_less(ga.sum(), gb.sum()) : total_less(gb.sum(), ga.sum());
      if (ga.count() != gb.count()) return before(static_cast<double>(ga.count()), static_cast<double>(gb.count()));
    }
    return keys_less(a, b);
  });
  return order;
}

bool is_additive(const Measure& measure) {
  return measure.kind == MeasureKind::share ||
         (measure.kind == MeasureKind::value &&
          (measure.stat.kind == StatKind::count || measure.stat.kind == StatKind::sum));
}

namespace {

std::size_t distinct_count(const Aggregation& aggregation, std::size_t group, Key key) {
  const auto at = std::find(aggregation.distinct_keys.begin(), aggregation.distinct_keys.end(), key);
  return aggregation.distinct[static_cast<std::size_t>(at - aggregation.distinct_keys.begin())][group];
}

}  // namespace

Column measure_column(const Measure& measure, const Table& table) {
  switch (measure.kind) {
    case MeasureKind::share: return {measure.name, ColumnKind::percent, 1};
    case MeasureKind::distinct: return {measure.name, ColumnKind::integer};
    case MeasureKind::value: break;
  }
  if (measure.stat.kind == StatKind::count) return {measure.name, ColumnKind::integer};
  // Values of the data (or sums of them) print like the data's counts.
  if (stat_catalogue()[static_cast<std::size_t>(measure.stat.kind)].data_valued && table.counts_whole())
    return {measure.name, ColumnKind::integer};
  return {measure.name, ColumnKind::decimal, 2};
}

Cell absent_group_cell(const Measure& measure, const Table& table) {
  if (!is_additive(measure)) return {};
  if (measure_column(measure, table).kind == ColumnKind::integer) return std::int64_t{0};
  return 0.0;
}

std::optional<double> measure_value(const Aggregation& aggregation, std::size_t group, const Measure& measure) {
  const Accumulator& values = aggregation.values[group];
  switch (measure.kind) {
    case MeasureKind::share:
      if (aggregation.grand_total.value() == 0) return std::nullopt;
      return percent_of(values.sum().value(), aggregation.grand_total.value());
    case MeasureKind::distinct: return static_cast<double>(distinct_count(aggregation, group, measure.distinct_key));
    case MeasureKind::value: return values.value(measure.stat);
  }
  return std::nullopt;
}

Cell measure_cell(const Aggregation& aggregation, std::size_t group, const Measure& measure, const Table& table) {
  const Sum& sum = aggregation.values[group].sum();
  if (measure.kind == MeasureKind::value && measure.stat.kind == StatKind::sum && sum.whole()) return sum.integer();
  const std::optional<double> value = measure_value(aggregation, group, measure);
  if (!value) return {};
  // Counts, and data values of whole data, are whole numbers held exactly by the double.
  if (measure_column(measure, table).kind == ColumnKind::integer) return static_cast<std::int64_t>(*value);
  return *value;
}

}  // namespace coopstat
