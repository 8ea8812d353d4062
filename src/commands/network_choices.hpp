#pragma once
// The names of the link indices (links --index) and of the country measures (network's columns and --sort), which
// trend --measure follows over the years too: one table each, defined by the command that owns it.

#include <optional>
#include <span>
#include <string_view>

#include "commands/parsed_option.hpp"
#include "coopstat/link_indices.hpp"
#include "coopstat/network_measures.hpp"
#include "coopstat/result.hpp"

namespace coopstat {

/// Every link index, in the order `--index all` lists them (src/commands/links.cpp).
std::span<const Choice<LinkIndex>> link_index_choices();

/// A column of network's measures table, and a --sort name: how it reads and its value (empty: undefined).
struct MeasureColumn {
  std::string_view name;
  std::string_view help;
  ColumnKind kind;
  int decimals;
  std::optional<double> (*value)(const NodeMeasures&);
};

/// Every country measure, in network's column order (src/commands/network.cpp).
std::span<const MeasureColumn> node_measure_columns();

}  // namespace coopstat
