// Pajek's .net: the vertices numbered from 1 with their labels in double quotes, then the lines between them with
// their weights, as *Edges (no direction) or *Arcs (reporter → partner). A sliced network is a Pajek project: one
// *Network section per slice, each with the vertices of that slice. Pajek has no escape for a double quote inside a
// label, nor a label over several lines: such characters become ' and a space, and a note says so.

#include <fmt/format.h>

#include <iterator>

#include "render/network_writers.hpp"

namespace coopstat::writers {
namespace {

// A name as a Pajek label (without its quotes), and whether it had to change.
std::string pajek_label(const std::string& name, bool& changed) {
  std::string label = name;
  for (char& c : label) {
    if (c == '"') c = '\'';
    if (c == '\n' || c == '\r') c = ' ';
  }
  changed = changed || label != name;
  return label;
}

}  // namespace

void write_pajek(const NetworkDocument& document, NetworkFiles& files) {
  const Network& network = document.network;
  std::string text;
  auto out = std::back_inserter(text);
  bool changed = false;
  for (std::size_t s = 0; s < network.slices.size(); ++s) {
    const Slice& slice = network.slices[s];
    if (s > 0) text += '\n';
    fmt::format_to(out, "*Network coopstat {}\n", slice_name(slice));
    const std::vector<std::uint32_t> nodes = present_nodes(slice);
    fmt::format_to(out, "*Vertices {}\n", nodes.size());
    // Pajek numbers the vertices of each network from 1.
    std::vector<std::size_t> number(network.nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      number[nodes[i]] = i + 1;
      fmt::format_to(out, "{} \"{}\"\n", i + 1, pajek_label(network.nodes[nodes[i]], changed));
    }
    text += network.directed() ? "*Arcs\n" : "*Edges\n";
    for (const Link& link : slice.links)
      fmt::format_to(out, "{} {} {}\n", number[link.from], number[link.to], weight_text(link.weight));
  }
  files.contents.push_back(std::move(text));
  const std::size_t columns = document.node_attributes.columns.size() + document.link_attributes.columns.size();
  if (columns > 0)
    files.notes.push_back(
        fmt::format("pajek: a .net file holds no attributes: {} column{} left out (graphml and gexf "
                    "hold them)",
                    columns, columns == 1 ? " is" : "s are"));
  if (changed)
    files.notes.emplace_back(
        "pajek: a country name with a double quote or a line break is written with ' or a space instead (Pajek labels "
        "cannot hold them)");
}

}  // namespace coopstat::writers
