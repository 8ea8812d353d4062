#include "commands/relation_measures.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "commands/network_choices.hpp"
#include "coopstat/margins.hpp"
#include "suggest.hpp"

namespace coopstat {
namespace {

// Counts of a country absent from a year's network are 0; its positions are undefined.
constexpr std::array<std::string_view, 3> kZeroWhenAbsent{"degree", "strength", "share"};

RelationMeasure weight_measure() {
  return {"weight", "the pair's total count in the year (0 in a year without a link)", RelationSubject::pair,
          [](const Network& /*network*/, const Slice& slice) {
            SliceValues values;
            for (const Link& link : slice.links) values.values.emplace_back(link.weight.value());
            values.absent = [](std::uint32_t, std::uint32_t) { return std::optional<double>(0.0); };
            return values;
          },
          true};
}

// A link index with the strength margin; a pair without a link in a year is 0 while both its margins and their
// total are above 0 (C_ij = 0), else undefined.
RelationMeasure index_measure(const Choice<LinkIndex>& index) {
  return {
      index.name, index.help, RelationSubject::pair,
      [which = index.value](const Network& network, const Slice& slice) {
        Margins margins = strength_margins(slice, network.nodes.size(), network.directed());
        const LinkIndex indices[] = {which};
        SliceValues values;
        for (const LinkValues& link : link_indices(slice, network.nodes.size(), network.directed(), margins, indices))
          values.values.push_back(link.values.front());
        values.absent = [margins = std::move(margins)](std::uint32_t from, std::uint32_t to) -> std::optional<double> {
          const auto positive = [](const std::optional<double>& margin) { return margin && *margin > 0; };
          if (positive(margins.from[from]) && positive(margins.to[to]) && positive(margins.total)) return 0.0;
          return std::nullopt;
        };
        return values;
      },
      false};
}

RelationMeasure country_measure(const MeasureColumn& column) {
  const bool zero_when_absent =
      std::find(kZeroWhenAbsent.begin(), kZeroWhenAbsent.end(), column.name) != kZeroWhenAbsent.end();
  return {column.name, column.help, RelationSubject::country,
          [&column, zero_when_absent](const Network& network, const Slice& slice) {
            SliceValues values;
            values.values.resize(network.nodes.size());
            for (const NodeMeasures& node : node_measures(network, slice))
              values.values[node.node] = column.value(node);
            values.absent = [zero_when_absent](std::uint32_t, std::uint32_t) {
              return zero_when_absent ? std::optional<double>(0.0) : std::nullopt;
            };
            return values;
          },
          column.kind == ColumnKind::integer || column.name == "strength"};
}

}  // namespace

std::span<const RelationMeasure> relation_measures() {
  static const std::vector<RelationMeasure> kMeasures = [] {
    std::vector<RelationMeasure> measures{weight_measure()};
    for (const Choice<LinkIndex>& index : link_index_choices()) measures.push_back(index_measure(index));
    for (const MeasureColumn& column : node_measure_columns()) measures.push_back(country_measure(column));
    return measures;
  }();
  return kMeasures;
}

const RelationMeasure& parse_relation_measure(std::string_view name) {
  return find_named<RelationMeasure>(relation_measures(), name, "relation measure");
}

}  // namespace coopstat
