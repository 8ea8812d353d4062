#pragma once
// The writer of each network format (Pajek, GraphML, GEXF, VOSviewer), and what they share: a slice's name, a
// weight's text, XML text. Pure functions: a document in, bytes (and notes about what a format could not hold) out.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/network_document.hpp"
#include "coopstat/render.hpp"

namespace coopstat::writers {

/// Pajek: *Vertices with quoted labels, then *Edges (unordered) or *Arcs (ordered) with weights; one *Network
/// section per slice (a Pajek project) when the network is sliced.
void write_pajek(const NetworkDocument& document, NetworkFiles& files);
/// GraphML: the attribute keys, then one <graph> per slice, its id the slice's name.
void write_graphml(const NetworkDocument& document, NetworkFiles& files);
/// GEXF 1.3: a static graph, or with slices a dynamic one where each slice is the time of its last year.
void write_gexf(const NetworkDocument& document, NetworkFiles& files);
/// VOSviewer: the map file (id, label, weight<Links>, weight<Total link strength>, score<…>) and the network file
/// (id1, id2, weight). One unordered, unsliced network: anything else is a usage Error.
void write_vosviewer(const NetworkDocument& document, NetworkFiles& files);

/// A slice's name in ASCII, usable as an XML token: "2019", "2015-2019", or "all" for a whole network without years.
std::string slice_name(const Slice& slice);
/// A link's weight: a whole number as such, else the shortest decimal that reads back as the same double.
std::string weight_text(const Sum& weight);
/// The nodes on a link or a self-pair row of `slice` (indices of Network::nodes, ascending): a slice's network has
/// these nodes, not the countries of other years.
std::vector<std::uint32_t> present_nodes(const Slice& slice);
/// Whether every link weight of every slice is a whole number.
bool whole_weights(const Network& network);
/// An attribute type as GraphML's attr.type and GEXF's type name it: long, double, string.
std::string_view xml_type(AttributeType type);
/// The text of an attribute's value: as plain_text(), XML-escaped.
std::string xml_value(const Cell& value);
/// `text` with &, <, >, " and ' written as entities, so that it can stand in XML text and attribute values.
std::string xml_escaped(std::string_view text);

}  // namespace coopstat::writers
