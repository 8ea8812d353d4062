#include "coopstat/margins.hpp"

#include <algorithm>

#include "coopstat/stats.hpp"

namespace coopstat {
namespace {

// The sum of the margins that are given, or none when one of them is negative (no size is below 0).
std::optional<double> total_of(const std::vector<std::optional<double>>& margins) {
  Sum total;
  for (const auto& margin : margins) {
    if (!margin) continue;
    if (*margin < 0) return std::nullopt;
    total.add(*margin);
  }
  return total.value();
}

}  // namespace

Margins strength_margins(const Slice& slice, std::size_t node_count, bool directed) {
  // Added up as Sums: exact for whole weights, compensated for decimals, as every total of coopstat.
  std::vector<std::optional<Sum>> out(node_count);
  std::vector<std::optional<Sum>> in(node_count);
  std::vector<bool> negative(node_count, false);
  const auto add = [&](std::optional<Sum>& strength, std::uint32_t node, const Sum& weight) {
    if (!strength) strength.emplace();
    if (weight.whole())
      strength->add_whole_total(weight.integer());
    else
      strength->add(weight.value());
    if (weight.value() < 0) negative[node] = true;
  };
  for (const Link& link : slice.links) {
    add(out[link.from], link.from, link.weight);
    add(in[link.to], link.to, link.weight);
    if (!directed) {
      add(out[link.to], link.to, link.weight);
      add(in[link.from], link.from, link.weight);
    }
  }
  Margins margins;
  for (std::size_t node = 0; node < node_count; ++node) {
    margins.from.push_back(out[node] ? std::optional<double>(out[node]->value()) : std::nullopt);
    margins.to.push_back(in[node] ? std::optional<double>(in[node]->value()) : std::nullopt);
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
    std::optional<Sum> sum;
    for (const auto& [year, value] : years)
      if (all_years || (year >= slice.first_year && year <= slice.last_year)) {
        if (!sum) sum.emplace();
        sum->add(value);
      }
    const std::optional<double> total = sum ? std::optional<double>(sum->value()) : std::nullopt;
    every_country.push_back(total);
    const auto node = std::lower_bound(nodes.begin(), nodes.end(), name);
    if (node != nodes.end() && *node == name) margins.from[static_cast<std::size_t>(node - nodes.begin())] = total;
  }
  margins.to = margins.from;
  margins.total = total_of(every_country);
  return margins;
}

}  // namespace coopstat
