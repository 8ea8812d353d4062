#pragma once
// Each country's place in a network (degree, strength, centralities, clustering, k-core) and the shape of a network
// as a whole, computed by igraph, the C core behind R's and Python's igraph, so that the values agree with theirs.
// Every normalisation is stated in docs/network.md ("Centrality and structure"); an undefined value is empty.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "coopstat/network.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// One country's measures in one slice. The graph has a vertex per country present in the slice and an edge per
/// link of positive weight; self-pairs are no edges. With ordered pairs, paths follow the direction reported.
struct NodeMeasures {
  std::uint32_t node = 0;                     ///< index into Network::nodes
  std::int64_t degree = 0;                    ///< distinct partners (either direction)
  Sum strength;                               ///< total weight of its links (both directions)
  std::optional<double> share;                ///< strength, percent of all strengths (empty when all are 0)
  double betweenness = 0;                     ///< shortest paths through it, each link 1/weight long (raw)
  double betweenness_unweighted = 0;          ///< shortest paths through it, counting links (raw)
  std::optional<double> closeness;            ///< 1 / mean links to the countries it reaches
  std::optional<double> eigenvector;          ///< weighted, the largest 1; empty without edges or cycles
  double pagerank = 0;                        ///< weighted, damping 0.85; adds up to 1 over the slice
  std::optional<double> clustering;           ///< share of pairs of partners that are partners (2+ partners)
  std::optional<double> clustering_weighted;  ///< Barrat's weighted clustering (2+ partners)
  std::int64_t coreness = 0;                  ///< the largest k of a k-core it belongs to
};

/// A slice's shape as a whole.
struct NetworkSummary {
  std::size_t nodes = 0;                        ///< countries present (on a link or a self-pair)
  std::size_t links = 0;                        ///< links of positive weight (arcs with ordered pairs)
  std::size_t zero_links = 0;                   ///< links with rows that add up to 0: no edges
  Sum total_weight;                             ///< the sum of the link weights
  std::optional<double> density;                ///< links / possible links (empty below 2 countries)
  std::size_t components = 0;                   ///< connected components (weakly, with ordered pairs)
  std::size_t largest_component = 0;            ///< countries in the largest one
  std::optional<double> degree_centralisation;  ///< Freeman's, of distinct partners, normalised to [0, 1]
  std::optional<double> average_clustering;     ///< mean local clustering over countries with 2+ partners
  std::optional<double> transitivity;           ///< global: 3 × triangles / connected triples
};

/// The measures of every country present in `slice` (a slice of `network`), in node order. An Error when a link
/// adds up to less than 0.
std::vector<NodeMeasures> node_measures(const Network& network, const Slice& slice);

/// The links of `slice` whose rows add up to 0: they are no edges of its graph.
std::size_t zero_weight_links(const Slice& slice);

/// The shape of `slice` as a whole. An Error when a link adds up to less than 0.
NetworkSummary network_summary(const Network& network, const Slice& slice);

}  // namespace coopstat
