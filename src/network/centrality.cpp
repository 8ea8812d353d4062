#include <algorithm>
#include <cmath>
#include <optional>

#include "coopstat/network_measures.hpp"
#include "network/igraph_graph.hpp"

namespace coopstat {
namespace {

// igraph's NaN (an isolated vertex's closeness, clustering below 2 partners…) as an undefined value.
std::optional<double> defined(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

// The graphs of a slice: `paths` as the network is (directed with ordered pairs), for paths, eigenvectors and
// PageRank; `simple` with each pair once, for distinct partners, clustering and cores, which igraph defines on
// undirected graphs. They are the same graph with unordered pairs.
struct SliceGraphs {
  SliceGraphs(const Network& network, const Slice& slice) : paths(network, slice, false) {
    if (network.directed()) undirected.emplace(network, slice, true);
  }
  [[nodiscard]] const IgraphGraph& simple() const { return undirected ? *undirected : paths; }

  IgraphGraph paths;
  std::optional<IgraphGraph> undirected;
};

std::vector<double> betweenness(const IgraphGraph& graph, const igraph_vector_t* lengths) {
  IgraphVector result;
  check_igraph(igraph_betweenness(graph.get(), result.get(), igraph_vss_all(), graph.directed(), lengths),
               "betweenness");
  return result.values();
}

std::vector<double> closeness(const IgraphGraph& graph) {
  IgraphVector result;
  check_igraph(
      igraph_closeness(graph.get(), result.get(), nullptr, nullptr, igraph_vss_all(), IGRAPH_OUT, nullptr, true),
      "closeness");
  return result.values();
}

// Empty when there is no eigenvector of a positive eigenvalue (a graph without edges, or a directed one without a
// cycle), where igraph gives every country 0 or 1 and neither means anything.
std::optional<std::vector<double>> eigenvector(const IgraphGraph& graph) {
  if (igraph_ecount(graph.get()) == 0) return std::nullopt;
  IgraphVector result;
  igraph_real_t value = 0;
  check_igraph(igraph_eigenvector_centrality(graph.get(), result.get(), &value, graph.directed(), true,
                                             graph.weights().get(), nullptr),
               "eigenvector centrality");
  if (!(value > 0)) return std::nullopt;
  return result.values();
}

std::vector<double> pagerank(const IgraphGraph& graph) {
  IgraphVector result;
  igraph_real_t value = 0;
  check_igraph(igraph_pagerank(graph.get(), IGRAPH_PAGERANK_ALGO_PRPACK, result.get(), &value, igraph_vss_all(),
                               graph.directed(), 0.85, graph.weights().get(), nullptr),
               "PageRank");
  return result.values();
}

std::vector<double> local_clustering(const IgraphGraph& graph) {
  IgraphVector result;
  check_igraph(
      igraph_transitivity_local_undirected(graph.get(), result.get(), igraph_vss_all(), IGRAPH_TRANSITIVITY_NAN),
      "local clustering");
  return result.values();
}

std::vector<double> barrat_clustering(const IgraphGraph& graph) {
  IgraphVector result;
  check_igraph(igraph_transitivity_barrat(graph.get(), result.get(), igraph_vss_all(), graph.weights().get(),
                                          IGRAPH_TRANSITIVITY_NAN),
               "Barrat's weighted clustering");
  return result.values();
}

std::vector<std::int64_t> degrees(const IgraphGraph& graph) {
  IgraphIntVector result;
  check_igraph(igraph_degree(graph.get(), result.get(), igraph_vss_all(), IGRAPH_ALL, false), "degrees");
  return result.values();
}

std::vector<std::int64_t> coreness(const IgraphGraph& graph) {
  IgraphIntVector result;
  check_igraph(igraph_coreness(graph.get(), result.get(), IGRAPH_ALL), "k-cores");
  return result.values();
}

// Adds a link's weight to a total as adding its rows would: exactly while both are whole.
void add_weight(Sum& total, const Sum& weight) {
  if (weight.whole())
    total.add_whole_total(weight.integer());
  else
    total.add(weight.value());
}

// Each node's total link weight, exact for whole counts: a link adds to both its ends (out and in, when ordered).
std::vector<Sum> strengths(const Network& network, const Slice& slice) {
  std::vector<Sum> strength(network.nodes.size());
  for (const Link& link : slice.links) {
    for (const std::uint32_t end : {link.from, link.to}) add_weight(strength[end], link.weight);
  }
  return strength;
}

}  // namespace

std::vector<NodeMeasures> node_measures(const Network& network, const Slice& slice) {
  const SliceGraphs graphs(network, slice);
  const IgraphGraph& paths = graphs.paths;
  const IgraphGraph& simple = graphs.simple();
  const std::vector<Sum> strength = strengths(network, slice);
  Sum all_strengths;
  for (const Sum& node : strength) all_strengths.add(node.value());

  const auto weighted_betweenness = betweenness(paths, paths.distances().get());
  const auto unweighted_betweenness = betweenness(paths, nullptr);
  const auto closeness_values = closeness(paths);
  const auto eigenvector_values = eigenvector(paths);
  const auto pagerank_values = pagerank(paths);
  const auto clustering_values = local_clustering(simple);
  const auto barrat_values = barrat_clustering(simple);
  const auto degree_values = degrees(simple);
  const auto coreness_values = coreness(simple);

  std::vector<NodeMeasures> measures;
  for (std::size_t vertex = 0; vertex < paths.nodes().size(); ++vertex) {
    NodeMeasures& node = measures.emplace_back();
    node.node = paths.nodes()[vertex];
    node.degree = degree_values[vertex];
    node.strength = strength[node.node];
    if (all_strengths.value() != 0) node.share = percent_of(node.strength.value(), all_strengths.value());
    node.betweenness = weighted_betweenness[vertex];
    node.betweenness_unweighted = unweighted_betweenness[vertex];
    node.closeness = defined(closeness_values[vertex]);
    if (eigenvector_values) node.eigenvector = defined((*eigenvector_values)[vertex]);
    node.pagerank = pagerank_values[vertex];
    node.clustering = defined(clustering_values[vertex]);
    node.clustering_weighted = defined(barrat_values[vertex]);
    node.coreness = coreness_values[vertex];
  }
  return measures;
}

std::size_t zero_weight_links(const Slice& slice) {
  return static_cast<std::size_t>(
      std::count_if(slice.links.begin(), slice.links.end(), [](const Link& link) { return link.weight.value() == 0; }));
}

NetworkSummary network_summary(const Network& network, const Slice& slice) {
  const SliceGraphs graphs(network, slice);
  const IgraphGraph& paths = graphs.paths;
  const IgraphGraph& simple = graphs.simple();
  NetworkSummary summary;
  summary.nodes = paths.nodes().size();
  summary.links = static_cast<std::size_t>(igraph_ecount(paths.get()));
  summary.zero_links = zero_weight_links(slice);
  for (const Link& link : slice.links) add_weight(summary.total_weight, link.weight);

  igraph_real_t value = 0;
  check_igraph(igraph_density(paths.get(), &value, false), "density");
  summary.density = defined(value);

  IgraphIntVector sizes;
  igraph_integer_t count = 0;
  check_igraph(igraph_connected_components(paths.get(), nullptr, sizes.get(), &count, IGRAPH_WEAK), "components");
  summary.components = static_cast<std::size_t>(count);
  for (const std::int64_t size : sizes.values())
    summary.largest_component = std::max(summary.largest_component, static_cast<std::size_t>(size));

  check_igraph(igraph_centralization_degree(simple.get(), nullptr, IGRAPH_ALL, false, &value, nullptr, true),
               "degree centralisation");
  summary.degree_centralisation = defined(value);
  check_igraph(igraph_transitivity_avglocal_undirected(simple.get(), &value, IGRAPH_TRANSITIVITY_NAN),
               "average clustering");
  summary.average_clustering = defined(value);
  check_igraph(igraph_transitivity_undirected(simple.get(), &value, IGRAPH_TRANSITIVITY_NAN), "transitivity");
  summary.transitivity = defined(value);
  return summary;
}

}  // namespace coopstat
