// VOSviewer's map and network files (VOSviewer manual, "Map and network files"), tab-separated, UTF-8:
// - the map file: a header row, then a row per country: id (1, 2…), label, weight<Links> (its number of links),
//   weight<Total link strength> (the sum of their weights), and each numeric node attribute as score<NAME>;
// - the network file: no header, a row per link: id1, id2, weight.
// VOSviewer's links have no direction and a map has no time: one unordered, unsliced network only. A map file has
// no place for text attributes, nor a tab or a line break in a label: a note says what was left out or changed.

#include <fmt/format.h>

#include <iterator>
#include <stdexcept>

#include "render/network_writers.hpp"
#include "render/renderers.hpp"

namespace coopstat::writers {
namespace {

// A name as a field of a tab-separated line, and whether it had to change.
std::string tsv_label(const std::string& name, bool& changed) {
  std::string label = name;
  for (char& c : label)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  changed = changed || label != name;
  return label;
}

void add_weight(Sum& total, const Sum& weight) {
  if (weight.whole())
    total.add_whole_total(weight.integer());
  else
    total.add(weight.value());
}

}  // namespace

void write_vosviewer(const NetworkDocument& document, NetworkFiles& files) {
  const Network& network = document.network;
  check_network_format(Format::vosviewer, network.order, network.slicing);
  if (network.slices.size() != 1) throw std::logic_error("an unsliced network has one slice");
  const Slice& slice = network.slices.front();
  const std::vector<std::uint32_t> nodes = present_nodes(slice);

  std::vector<std::size_t> id(network.nodes.size());
  std::vector<std::size_t> links(network.nodes.size());
  std::vector<Sum> strength(network.nodes.size());
  std::string network_file;
  for (std::size_t i = 0; i < nodes.size(); ++i) id[nodes[i]] = i + 1;
  for (const Link& link : slice.links) {
    for (const std::uint32_t end : {link.from, link.to}) {
      ++links[end];
      add_weight(strength[end], link.weight);
    }
    fmt::format_to(std::back_inserter(network_file), "{}\t{}\t{}\n", id[link.from], id[link.to],
                   weight_text(link.weight));
  }

  const Attributes& attributes = document.node_attributes;
  std::vector<std::size_t> scores;
  std::vector<std::string> left_out;
  for (std::size_t column = 0; column < attributes.columns.size(); ++column) {
    if (attributes.columns[column].type == AttributeType::text)
      left_out.push_back(attributes.columns[column].name);
    else
      scores.push_back(column);
  }
  std::string map = "id\tlabel\tweight<Links>\tweight<Total link strength>";
  auto out = std::back_inserter(map);
  for (const std::size_t column : scores) fmt::format_to(out, "\tscore<{}>", attributes.columns[column].name);
  map += '\n';
  bool changed = false;
  for (const std::uint32_t node : nodes) {
    fmt::format_to(out, "{}\t{}\t{}\t{}", id[node], tsv_label(network.nodes[node], changed), links[node],
                   weight_text(strength[node]));
    for (const std::size_t column : scores) fmt::format_to(out, "\t{}", plain_text(attributes.value(0, node, column)));
    map += '\n';
  }

  files.contents.push_back(std::move(map));
  files.contents.push_back(std::move(network_file));
  if (!left_out.empty())
    files.notes.push_back(
        fmt::format("vosviewer: a map file holds numbers only: left out {}", fmt::join(left_out, ", ")));
  if (!document.link_attributes.columns.empty())
    files.notes.emplace_back("vosviewer: a network file holds one weight per link: the link attributes are left out");
  if (changed) files.notes.emplace_back("vosviewer: a tab or a line break in a country name is written as a space");
}

}  // namespace coopstat::writers
