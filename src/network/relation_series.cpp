#include "coopstat/relation_series.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace coopstat {
namespace {

std::string pair_name(const Network& network, std::uint32_t from, std::uint32_t to) {
  if (network.directed()) return fmt::format("{} → {}", network.nodes[from], network.nodes[to]);
  return fmt::format("{} – {}", network.nodes[from], network.nodes[to]);
}

}  // namespace

RelationSeriesSet relation_series(const Query& query, PairOrder order, const RelationMeasure& measure) {
  const Network network = build_network(query, order, {SliceKind::per_year, 0});
  RelationSeriesSet set;
  if (network.slices.empty()) return set;
  set.first_year = network.slices.front().first_year;
  set.last_year = network.slices.back().last_year;
  const std::size_t years = network.slices.size();

  // Each subject's values by year, filled where the subject is in the year's network.
  using Ends = std::pair<std::uint32_t, std::uint32_t>;
  std::map<Ends, std::vector<std::optional<double>>> values_of;
  std::map<Ends, std::vector<bool>> seen_in;
  std::vector<std::function<std::optional<double>(std::uint32_t, std::uint32_t)>> absent_in(years);
  for (std::size_t year = 0; year < years; ++year) {
    const Slice& slice = network.slices[year];
    const SliceValues values = measure.of_slice(network, slice);
    absent_in[year] = values.absent;
    const auto record = [&](Ends ends, std::optional<double> value) {
      auto& series = values_of.try_emplace(ends, years).first->second;
      auto& seen = seen_in.try_emplace(ends, years, false).first->second;
      series[year] = value;
      seen[year] = true;
    };
    if (measure.subject == RelationSubject::pair) {
      for (std::size_t i = 0; i < slice.links.size(); ++i)
        record({slice.links[i].from, slice.links[i].to}, values.values[i]);
    } else {
      for (std::uint32_t node = 0; node < network.nodes.size(); ++node)
        if (slice.present[node]) record({node, node}, values.values[node]);
    }
  }
  for (auto& [ends, values] : values_of) {
    const std::vector<bool>& seen = seen_in.at(ends);
    for (std::size_t year = 0; year < years; ++year)
      if (!seen[year]) values[year] = absent_in[year](ends.first, ends.second);
    set.series.push_back({measure.subject == RelationSubject::pair ? pair_name(network, ends.first, ends.second)
                                                                   : network.nodes[ends.first],
                          std::move(values)});
  }
  std::sort(set.series.begin(), set.series.end(),
            [](const RelationSeries& a, const RelationSeries& b) { return a.subject < b.subject; });
  return set;
}

}  // namespace coopstat
