#pragma once
// What a network export writes (--format pajek, graphml, gexf, vosviewer): the networks of a query and, beside them,
// columns of values per node and per link of each slice (the network command's measures, the links command's
// indices). The writers in src/render/ turn it into the files of each tool; they compute nothing.

#include <cstddef>
#include <string>
#include <vector>

#include "coopstat/network.hpp"
#include "coopstat/result.hpp"

namespace coopstat {

/// What the values of an attribute column are, as the formats declare it.
enum class AttributeType {
  integer,  ///< whole numbers (Cell's std::int64_t)
  real,     ///< real numbers (Cell's double)
  text,     ///< names, labels (Cell's std::string)
};

/// One attribute column: its name (as the command's table names it) and its type.
struct Attribute {
  std::string name;
  AttributeType type = AttributeType::real;
};

/// Columns of values for the nodes (or the links) of every slice. values[slice][item][column]: an item is a node
/// (an index of Network::nodes) or a link (an index of Slice::links). An empty Cell is an undefined value, which
/// the formats leave out (or write as an empty field).
struct Attributes {
  std::vector<Attribute> columns;
  std::vector<std::vector<std::vector<Cell>>> values;

  /// The value of `column` for `item` of `slice`; an empty Cell when no values were given.
  [[nodiscard]] const Cell& value(std::size_t slice, std::size_t item, std::size_t column) const;
};

/// A network to export: the networks, and the attribute columns the command computed for them.
struct NetworkDocument {
  Network network;
  /// What the networks are, in words (the command's title: its filters, pair order, margin…), for the formats
  /// that have a place for it (GraphML's and GEXF's description).
  std::string description;
  Attributes node_attributes;  ///< values[slice][node]
  Attributes link_attributes;  ///< values[slice][link]
};

}  // namespace coopstat
