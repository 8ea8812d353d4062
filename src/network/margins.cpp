#include "coopstat/margins.hpp"

#include <algorithm>

namespace coopstat {
namespace {

// The sum of the margins that are given, or none when one of them is negative (no size is below 0).
std::optional<double> total_of(const std::vector<std::optional<double>>& margins) {
  double total = 0;
  for (const auto& margin : margins) {
    if (!margin) continue;
    if (*margin < 0) return std::nullopt;
    total += *margin;
  }
  return total;
}

}  // namespace

Margins strength_margins(const Slice& slice, std::size_t node_count, bool directed) {
  Margins margins;
  margins.from.assign(node_count, std::nullopt);
  margins.to.assign(node_count, std::nullopt);
  std::vector<bool> negative(node_count, false);
  const auto add = [&](std::optional<double>& margin, std::uint32_t node, double weight) {
    margin = margin.value_or(0) + weight;
    if (weight < 0) negative[node] = true;
  };
  for (const Link& link : slice.links) {
    const double weight = link.weight.value();
    add(margins.from[link.from], link.from, weight);
    add(margins.to[link.to], link.to, weight);
    if (!directed) {
      add(margins.from[link.to], link.to, weight);
      add(margins.to[link.from], link.from, weight);
    }
  }
  const bool any_negative = std::find(negative.begin(), negative.end(), true) != negative.end();
  // T = Σ strengths: undirected, each link counts at both ends (2W); directed, once as out-strength (W).
  margins.total = any_negative ? std::nullopt : total_of(margins.from);
  for (std::size_t node = 0; node < node_count; ++node)
    if (negative[node]) margins.from[node] = margins.to[node] = std::nullopt;
  return margins;
}

Margins diagonal_margins(const Slice& slice) {
  Margins margins;
  for (const auto& diagonal : slice.diagonal)
    margins.from.push_back(diagonal ? std::optional<double>(diagonal->value()) : std::nullopt);
  margins.to = margins.from;
  margins.total = total_of(margins.from);
  return margins;
}

Margins file_margins(const Slice& slice, std::span<const std::string> nodes, const CountryYearTotals& totals) {
  // A whole network with no year bounds ("all years") takes every year of the table.
  const bool all_years = slice.last_year < slice.first_year;
  std::vector<std::optional<double>> every_country;
  Margins margins;
  margins.from.assign(nodes.size(), std::nullopt);
  for (const auto& [name, years] : totals) {
    std::optional<double> total;
    for (const auto& [year, value] : years)
      if (all_years || (year >= slice.first_year && year <= slice.last_year)) total = total.value_or(0) + value;
    every_country.push_back(total);
    const auto node = std::lower_bound(nodes.begin(), nodes.end(), name);
    if (node != nodes.end() && *node == name) margins.from[static_cast<std::size_t>(node - nodes.begin())] = total;
  }
  margins.to = margins.from;
  margins.total = total_of(every_country);
  return margins;
}

}  // namespace coopstat
