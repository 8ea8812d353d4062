#include "coopstat/link_indices.hpp"

#include <algorithm>
#include <cmath>

namespace coopstat {
namespace {

// The positive margin, or none.
std::optional<double> positive(const std::optional<double>& margin) {
  if (margin && *margin > 0) return margin;
  return std::nullopt;
}

// One index of a link of weight `c` between margins `a` and `b` (both positive) with total `t` (positive or none).
std::optional<double> index_value(LinkIndex index, double c, double a, double b, std::optional<double> t) {
  switch (index) {
    case LinkIndex::cosine: return c / std::sqrt(a * b);
    case LinkIndex::jaccard:
      if (a + b - c <= 0) return std::nullopt;
      return c / (a + b - c);
    case LinkIndex::inclusion: return c / std::min(a, b);
    case LinkIndex::association: return c / (a * b);
    case LinkIndex::association_vos:
    case LinkIndex::affinity:
      if (!t) return std::nullopt;
      return c * *t / (a * b);
  }
  return std::nullopt;
}

}  // namespace

std::vector<LinkValues> link_indices(const Slice& slice, std::size_t node_count, bool directed, const Margins& margins,
                                     std::span<const LinkIndex> indices) {
  const bool needs_strengths = std::find(indices.begin(), indices.end(), LinkIndex::association_vos) != indices.end();
  const Margins strengths = needs_strengths ? strength_margins(slice, node_count, directed) : Margins{};
  const std::optional<double> total = positive(margins.total);
  const std::optional<double> strength_total = positive(strengths.total);

  std::vector<LinkValues> values;
  values.reserve(slice.links.size());
  for (const Link& link : slice.links) {
    LinkValues& link_values = values.emplace_back();
    const double weight = link.weight.value();
    for (const LinkIndex index : indices) {
      const bool vos = index == LinkIndex::association_vos;
      const Margins& used = vos ? strengths : margins;
      const std::optional<double> a = positive(used.from[link.from]);
      const std::optional<double> b = positive(used.to[link.to]);
      const bool needs_total = vos || index == LinkIndex::affinity;
      const std::optional<double> t = vos ? strength_total : total;
      std::optional<double> value;
      Undefined why = Undefined::none;
      if (weight < 0)
        why = Undefined::negative_weight;
      else if (!a || !b || (needs_total && !t))
        why = Undefined::margin;
      else if (value = index_value(index, weight, *a, *b, t); !value)
        why = Undefined::overlap;
      if (link_values.undefined == Undefined::none) link_values.undefined = why;
      link_values.values.push_back(value);
    }
  }
  return values;
}

}  // namespace coopstat
