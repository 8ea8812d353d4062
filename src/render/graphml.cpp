// GraphML (graphml.graphdrawing.org): keys declare each attribute with its type (the country's name is the node key
// `label`, the link's weight the edge key `weight`, its rows `rows`), then one <graph> per slice, its id the
// slice's name (2019, 2015-2019, all). GraphML has no time: a sliced network is several graphs in one file, each
// with the nodes of its slice. Node ids are unique in the document, as GraphML asks: n3 for node 3 of a whole
// network, 2019:n3 in the graph of 2019. An undefined value has no <data> element.

#include <fmt/format.h>

#include <iterator>

#include "render/network_writers.hpp"

namespace coopstat::writers {
namespace {

// Declares the attribute columns of `attributes` for `element` (node or edge) as keys `prefix`0, `prefix`1…
void write_keys(const Attributes& attributes, std::string_view element, std::string_view prefix, std::string& text) {
  for (std::size_t column = 0; column < attributes.columns.size(); ++column)
    fmt::format_to(std::back_inserter(text), "  <key id=\"{}{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n",
                   prefix, column, element, xml_escaped(attributes.columns[column].name),
                   xml_type(attributes.columns[column].type));
}

// The <data> elements of `item`'s defined values in `slice`.
void write_data(const Attributes& attributes, std::size_t slice, std::size_t item, std::string_view prefix,
                std::string& text) {
  for (std::size_t column = 0; column < attributes.columns.size(); ++column) {
    const Cell& value = attributes.value(slice, item, column);
    if (std::holds_alternative<std::monostate>(value)) continue;
    fmt::format_to(std::back_inserter(text), "      <data key=\"{}{}\">{}</data>\n", prefix, column, xml_value(value));
  }
}

}  // namespace

void write_graphml(const NetworkDocument& document, NetworkFiles& files) {
  const Network& network = document.network;
  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  auto out = std::back_inserter(text);
  if (!document.description.empty()) fmt::format_to(out, "  <desc>{}</desc>\n", xml_escaped(document.description));
  text += "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
  write_keys(document.node_attributes, "node", "na", text);
  fmt::format_to(out, "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"{}\"/>\n",
                 whole_weights(network) ? "long" : "double");
  text += "  <key id=\"rows\" for=\"edge\" attr.name=\"rows\" attr.type=\"long\"/>\n";
  write_keys(document.link_attributes, "edge", "la", text);

  const bool sliced = network.slicing.kind != SliceKind::whole;
  for (std::size_t s = 0; s < network.slices.size(); ++s) {
    const Slice& slice = network.slices[s];
    const std::string name = slice_name(slice);
    const std::string node_prefix = sliced ? name + ":n" : "n";
    fmt::format_to(out, "  <graph id=\"{}\" edgedefault=\"{}\">\n", name,
                   network.directed() ? "directed" : "undirected");
    for (const std::uint32_t node : present_nodes(slice)) {
      fmt::format_to(out, "    <node id=\"{}{}\">\n      <data key=\"label\">{}</data>\n", node_prefix, node,
                     xml_escaped(network.nodes[node]));
      write_data(document.node_attributes, s, node, "na", text);
      text += "    </node>\n";
    }
    for (std::size_t l = 0; l < slice.links.size(); ++l) {
      const Link& link = slice.links[l];
      fmt::format_to(out,
                     "    <edge source=\"{0}{1}\" target=\"{0}{2}\">\n      <data key=\"weight\">{3}</data>\n"
                     "      <data key=\"rows\">{4}</data>\n",
                     node_prefix, link.from, link.to, weight_text(link.weight), link.rows);
      write_data(document.link_attributes, s, l, "la", text);
      text += "    </edge>\n";
    }
    text += "  </graph>\n";
  }
  text += "</graphml>\n";
  files.contents.push_back(std::move(text));
}

}  // namespace coopstat::writers
