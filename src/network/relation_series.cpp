#include "coopstat/relation_series.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "coopstat/error.hpp"
#include "suggest.hpp"

namespace coopstat {
namespace {

std::vector<std::optional<double>> link_weights(const Network& /*network*/, const Slice& slice) {
  std::vector<std::optional<double>> values;
  values.reserve(slice.links.size());
  for (const Link& link : slice.links) values.emplace_back(link.weight.value());
  return values;
}

std::optional<double> zero(const Network& /*network*/, const Slice& /*slice*/, std::uint32_t /*from*/,
                           std::uint32_t /*to*/) {
  return 0.0;
}

constexpr std::array<RelationMeasure, 1> kMeasures{{
    {"weight", "the pair's total count in the year (0 in a year without a link)", RelationSubject::pair, link_weights,
     zero, true},
}};

std::string pair_name(const Network& network, std::uint32_t from, std::uint32_t to) {
  if (network.directed()) return fmt::format("{} → {}", network.nodes[from], network.nodes[to]);
  return fmt::format("{} – {}", network.nodes[from], network.nodes[to]);
}

}  // namespace

std::span<const RelationMeasure> relation_measures() { return kMeasures; }

const RelationMeasure& parse_relation_measure(std::string_view name) {
  return find_named<RelationMeasure>(kMeasures, name, "relation measure");
}

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
  for (std::size_t year = 0; year < years; ++year) {
    const Slice& slice = network.slices[year];
    const std::vector<std::optional<double>> values = measure.of_slice(network, slice);
    const auto record = [&](Ends ends, std::optional<double> value) {
      auto& series = values_of.try_emplace(ends, years).first->second;
      auto& seen = seen_in.try_emplace(ends, years, false).first->second;
      series[year] = value;
      seen[year] = true;
    };
    if (measure.subject == RelationSubject::pair) {
      for (std::size_t i = 0; i < slice.links.size(); ++i) record({slice.links[i].from, slice.links[i].to}, values[i]);
    } else {
      for (std::uint32_t node = 0; node < network.nodes.size(); ++node)
        if (slice.present[node]) record({node, node}, values[node]);
    }
  }
  for (auto& [ends, values] : values_of) {
    const std::vector<bool>& seen = seen_in.at(ends);
    for (std::size_t year = 0; year < years; ++year)
      if (!seen[year]) values[year] = measure.absent(network, network.slices[year], ends.first, ends.second);
    set.series.push_back({measure.subject == RelationSubject::pair ? pair_name(network, ends.first, ends.second)
                                                                   : network.nodes[ends.first],
                          std::move(values)});
  }
  std::sort(set.series.begin(), set.series.end(),
            [](const RelationSeries& a, const RelationSeries& b) { return a.subject < b.subject; });
  return set;
}

}  // namespace coopstat
