// A test-only stand-in for `coopstat links|network … --format F -o FILE` until those commands write networks: it
// builds the networks of a bilateral table with the library, adds a node column (degree, from the links) and a link
// column (half the weight), and writes them as coopstat would. tests/network/read_back.py reads what it writes.
//
//   export_sample FILE.csv [--per year] [--pairs ordered] --format pajek|graphml|gexf|vosviewer -o OUT

#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/network_document.hpp"
#include "coopstat/output.hpp"
#include "coopstat/query.hpp"
#include "coopstat/render.hpp"

namespace {

coopstat::NetworkDocument sample_document(const coopstat::Network& network) {
  coopstat::NetworkDocument document;
  document.network = network;
  document.description = "export_sample";
  document.node_attributes.columns = {{"degree", coopstat::AttributeType::integer}};
  document.link_attributes.columns = {{"half", coopstat::AttributeType::real}};
  for (const coopstat::Slice& slice : network.slices) {
    std::vector<std::int64_t> degree(network.nodes.size());
    auto& links = document.link_attributes.values.emplace_back();
    for (const coopstat::Link& link : slice.links) {
      ++degree[link.from];
      ++degree[link.to];
      links.push_back({coopstat::Cell{link.weight.value() / 2}});
    }
    auto& nodes = document.node_attributes.values.emplace_back();
    for (std::size_t node = 0; node < network.nodes.size(); ++node)
      nodes.push_back({slice.present[node] ? coopstat::Cell{degree[node]} : coopstat::Cell{}});
  }
  return document;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::vector<std::string> files;
    coopstat::LoadOptions options;
    options.pairs = coopstat::PairOrder::unordered;
    coopstat::Slicing slicing;
    coopstat::Format format = coopstat::Format::graphml;
    std::string output;
    for (int i = 1; i < argc; ++i) {
      const std::string_view arg = argv[i];
      const bool has_value = i + 1 < argc;
      if (arg == "--per" && has_value && std::string_view(argv[i + 1]) == "year") {
        slicing.kind = coopstat::SliceKind::per_year;
        ++i;
      } else if (arg == "--pairs" && has_value && std::string_view(argv[i + 1]) == "ordered") {
        options.pairs = coopstat::PairOrder::ordered;
        ++i;
      } else if (arg == "--format" && has_value) {
        format = coopstat::parse_format(argv[++i]);
      } else if (arg == "-o" && has_value) {
        output = argv[++i];
      } else {
        files.emplace_back(arg);
      }
    }
    coopstat::check_network_format(format, options.pairs, slicing);
    coopstat::LoadReport report;
    const coopstat::Table table = coopstat::load_csv(files, options, report);
    const coopstat::Query query(table, {});
    const coopstat::NetworkFiles written =
        coopstat::render_network(sample_document(coopstat::build_network(query, options.pairs, slicing)), format);
    for (const std::string& note : written.notes) std::cerr << "export_sample: " << note << '\n';
    if (written.contents.size() == 2)
      coopstat::write_output_file(coopstat::vosviewer_network_path(output), written.contents[1], files);
    coopstat::write_output_file(output, written.contents[0], files);
    return 0;
  } catch (const coopstat::Error& error) {
    std::cerr << "export_sample: " << error.located_message() << '\n';
    return error.kind() == coopstat::ErrorKind::usage ? 2 : 1;
  }
}
