// GEXF 1.3 (gexf.net), Gephi's format. A whole network: a static graph, the link's weight as the edge's weight and its
// rows as the edge attribute `rows`. Sliced (even into one slice): a dynamic graph (timeformat integer) where a slice
// is the time of its last year (the year itself, the window ending then, or every year up to it), written as inclusive
// intervals [Y, Y]: each node and edge has a spell for every slice it is in, and its values (the weight through Gephi's
// dynamic `weight` attribute, rows, the command's attributes) hold for that slice's interval. Node ids are the
// indices of the node list; an undefined value has no <attvalue>.

#include <fmt/format.h>

#include <iterator>
#include <map>
#include <utility>

#include "render/network_writers.hpp"

namespace coopstat::writers {
namespace {

// Where an edge or a node is in the slices: (slice, index of the link or node in it).
using Appearances = std::vector<std::pair<std::size_t, std::size_t>>;

class GexfWriter {
 public:
  explicit GexfWriter(const NetworkDocument& document)
      : document_(document), network_(document.network), dynamic_(network_.slicing.kind != SliceKind::whole) {}

  std::string write() {
    text_ =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        "  <meta>\n    <creator>coopstat</creator>\n";
    if (!document_.description.empty())
      fmt::format_to(out(), "    <description>{}</description>\n", xml_escaped(document_.description));
    text_ += "  </meta>\n";
    fmt::format_to(out(), "  <graph mode=\"{}\" defaultedgetype=\"{}\"{}>\n", dynamic_ ? "dynamic" : "static",
                   network_.directed() ? "directed" : "undirected", dynamic_ ? " timeformat=\"integer\"" : "");
    write_declarations();
    write_nodes();
    write_edges();
    text_ += "  </graph>\n</gexf>\n";
    return std::move(text_);
  }

 private:
  std::back_insert_iterator<std::string> out() { return std::back_inserter(text_); }

  void write_declarations() {
    // Values over time belong to attributes declared dynamic (Gephi reads the attvalues' start and end only then).
    const std::string_view mode = dynamic_ ? " mode=\"dynamic\"" : "";
    if (!document_.node_attributes.columns.empty()) {
      fmt::format_to(out(), "    <attributes class=\"node\"{}>\n", mode);
      declare_columns(document_.node_attributes);
      text_ += "    </attributes>\n";
    }
    fmt::format_to(out(), "    <attributes class=\"edge\"{}>\n", mode);
    // Gephi reads the dynamic attribute `weight` as the edge's weight over time.
    if (dynamic_) text_ += "      <attribute id=\"weight\" title=\"Weight\" type=\"double\"/>\n";
    text_ += "      <attribute id=\"rows\" title=\"rows\" type=\"long\"/>\n";
    declare_columns(document_.link_attributes);
    text_ += "    </attributes>\n";
  }

  void declare_columns(const Attributes& attributes) {
    for (std::size_t column = 0; column < attributes.columns.size(); ++column)
      fmt::format_to(out(), "      <attribute id=\"{}\" title=\"{}\" type=\"{}\"/>\n", column,
                     xml_escaped(attributes.columns[column].name), xml_type(attributes.columns[column].type));
  }

  // The interval of a slice in a dynamic graph: [Y, Y] for the slice's last year Y.
  std::string interval(std::size_t slice) const {
    if (!dynamic_) return {};
    const int year = network_.slices[slice].last_year;
    return fmt::format(" start=\"{0}\" end=\"{0}\"", year);
  }

  // One <attvalue> line.
  std::string attvalue(std::string_view id, const std::string& value, std::size_t slice) const {
    return fmt::format("          <attvalue for=\"{}\" value=\"{}\"{}/>\n", id, value, interval(slice));
  }

  // The <attvalue> lines of `item`'s defined values in `slice`.
  std::string columns(const Attributes& attributes, std::size_t slice, std::size_t item) const {
    std::string lines;
    for (std::size_t column = 0; column < attributes.columns.size(); ++column) {
      const Cell& value = attributes.value(slice, item, column);
      if (!std::holds_alternative<std::monostate>(value))
        lines += attvalue(std::to_string(column), xml_value(value), slice);
    }
    return lines;
  }

  // <attvalues> around `values`, unless there are none (GEXF wants at least one inside).
  void write_attvalues(const std::string& values) {
    if (values.empty()) return;
    text_ += "        <attvalues>\n" + values + "        </attvalues>\n";
  }

  void write_spells(const Appearances& appearances) {
    if (!dynamic_) return;
    text_ += "        <spells>\n";
    for (const auto& [slice, item] : appearances) fmt::format_to(out(), "          <spell{}/>\n", interval(slice));
    text_ += "        </spells>\n";
  }

  void write_nodes() {
    text_ += "    <nodes>\n";
    for (std::size_t node = 0; node < network_.nodes.size(); ++node) {
      Appearances appearances;
      for (std::size_t s = 0; s < network_.slices.size(); ++s)
        if (network_.slices[s].present[node]) appearances.emplace_back(s, node);
      if (appearances.empty()) continue;
      fmt::format_to(out(), "      <node id=\"{}\" label=\"{}\">\n", node, xml_escaped(network_.nodes[node]));
      std::string values;
      for (const auto& [slice, item] : appearances) values += columns(document_.node_attributes, slice, item);
      write_attvalues(values);
      write_spells(appearances);
      text_ += "      </node>\n";
    }
    text_ += "    </nodes>\n";
  }

  void write_edges() {
    std::map<std::pair<std::uint32_t, std::uint32_t>, Appearances> edges;
    for (std::size_t s = 0; s < network_.slices.size(); ++s)
      for (std::size_t l = 0; l < network_.slices[s].links.size(); ++l) {
        const Link& link = network_.slices[s].links[l];
        edges[{link.from, link.to}].emplace_back(s, l);
      }
    text_ += "    <edges>\n";
    std::size_t id = 0;
    for (const auto& [ends, appearances] : edges) {
      fmt::format_to(out(), "      <edge id=\"{}\" source=\"{}\" target=\"{}\"", id++, ends.first, ends.second);
      // A static edge's weight is its XML attribute; a dynamic one's is the `weight` attribute value per slice.
      if (!dynamic_) {
        const auto [slice, l] = appearances.front();
        fmt::format_to(out(), " weight=\"{}\"", weight_text(network_.slices[slice].links[l].weight));
      }
      text_ += ">\n";
      std::string values;
      for (const auto& [slice, l] : appearances) {
        const Link& link = network_.slices[slice].links[l];
        if (dynamic_) values += attvalue("weight", weight_text(link.weight), slice);
        values += attvalue("rows", std::to_string(link.rows), slice);
        values += columns(document_.link_attributes, slice, l);
      }
      write_attvalues(values);
      write_spells(appearances);
      text_ += "      </edge>\n";
    }
    text_ += "    </edges>\n";
  }

  const NetworkDocument& document_;
  const Network& network_;
  const bool dynamic_;
  std::string text_;
};

}  // namespace

void write_gexf(const NetworkDocument& document, NetworkFiles& files) {
  files.contents.push_back(GexfWriter(document).write());
}

}  // namespace coopstat::writers
