#include "coopstat/network_measures.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>

#include "coopstat/error.hpp"
#include "coopstat/query.hpp"
#include "network/igraph_graph.hpp"
#include "test_support.hpp"

using coopstat::NodeMeasures;
using coopstat::PairOrder;
using doctest::Approx;

namespace {

// The network of `links` ("reporter,partner,year,n" rows without the header) as one slice.
coopstat::Network network_of(const std::string& links, PairOrder order = PairOrder::unordered) {
  coopstat::LoadOptions options;
  options.pairs = PairOrder::ordered;  // keep every row: the network folds the directions itself
  const coopstat::Table table =
      coopstat::testing::load_with_report("reporter,partner,year,n\n" + links, options, "p.csv").table;
  return coopstat::build_network(coopstat::Query(table, {}), order, {});
}

// Each present country's measures, by name.
std::map<std::string, NodeMeasures> measures_of(const std::string& links, PairOrder order = PairOrder::unordered) {
  const coopstat::Network network = network_of(links, order);
  std::map<std::string, NodeMeasures> by_name;
  for (const NodeMeasures& node : coopstat::node_measures(network, network.slices.at(0)))
    by_name[network.nodes[node.node]] = node;
  return by_name;
}

coopstat::NetworkSummary summary_of(const std::string& links, PairOrder order = PairOrder::unordered) {
  const coopstat::Network network = network_of(links, order);
  return coopstat::network_summary(network, network.slices.at(0));
}

// A triangle A–B–C with a pendant D on C, every link of weight 1.
const char* const kTrianglePendant = "A,B,2020,1\nB,C,2020,1\nA,C,2020,1\nC,D,2020,1\n";

}  // namespace

TEST_CASE("network measures: a triangle with a pendant") {
  auto m = measures_of(kTrianglePendant);
  CHECK(m["A"].degree == 2);
  CHECK(m["C"].degree == 3);
  CHECK(m["D"].degree == 1);
  CHECK(m["C"].strength.integer() == 3);
  CHECK(*m["C"].share == Approx(37.5));  // 3 of the strengths 2 + 2 + 3 + 1 = 8
  // Only C is between: A–D and B–D pass through it; A–B are adjacent.
  CHECK(m["C"].betweenness == Approx(2));
  CHECK(m["C"].betweenness_unweighted == Approx(2));
  CHECK(m["A"].betweenness == Approx(0));
  // Closeness: 1 / mean distance. A: B 1, C 1, D 2 → 3/4; C: 1, 1, 1 → 1; D: C 1, A 2, B 2 → 3/5.
  CHECK(*m["A"].closeness == Approx(0.75));
  CHECK(*m["C"].closeness == Approx(1));
  CHECK(*m["D"].closeness == Approx(0.6));
  // Clustering: A's partners B, C are linked → 1; C's partners A, B, D: 1 linked pair of 3 → 1/3; D has 1 partner.
  CHECK(*m["A"].clustering == Approx(1));
  CHECK(*m["C"].clustering == Approx(1.0 / 3));
  CHECK_FALSE(m["D"].clustering.has_value());
  CHECK_FALSE(m["D"].clustering_weighted.has_value());
  // With equal weights Barrat's clustering is the unweighted one.
  CHECK(*m["C"].clustering_weighted == Approx(1.0 / 3));
  // The triangle is the 2-core; D only in the 1-core.
  CHECK(m["A"].coreness == 2);
  CHECK(m["C"].coreness == 2);
  CHECK(m["D"].coreness == 1);
  CHECK(*m["C"].eigenvector == Approx(1));
  double pagerank = 0;
  for (const auto& [name, node] : m) pagerank += node.pagerank;
  CHECK(pagerank == Approx(1));

  const auto summary = summary_of(kTrianglePendant);
  CHECK(summary.nodes == 4);
  CHECK(summary.links == 4);
  CHECK(summary.total_weight.integer() == 4);
  CHECK(*summary.density == Approx(4.0 / 6));  // 4 of 4·3/2 possible links
  CHECK(summary.components == 1);
  CHECK(summary.largest_component == 4);
  // Freeman: Σ (max degree − degree) / ((n − 1)(n − 2)) = (1 + 1 + 0 + 2) / (3 · 2) = 2/3.
  CHECK(*summary.degree_centralisation == Approx(2.0 / 3));
  // Mean local clustering over A, B, C (D has 1 partner): (1 + 1 + 1/3) / 3 = 7/9.
  CHECK(*summary.average_clustering == Approx(7.0 / 9));
  // Global: 3 × 1 triangle / 5 connected triples (1 at A, 1 at B, 3 at C) = 3/5.
  CHECK(*summary.transitivity == Approx(0.6));
}

TEST_CASE("network measures: a star") {
  auto m = measures_of("H,a,2020,1\nH,b,2020,1\nH,c,2020,1\n");
  CHECK(m["H"].betweenness == Approx(3));  // the 3 pairs of leaves all pass through the centre
  CHECK(*m["H"].eigenvector == Approx(1));
  CHECK(*m["a"].eigenvector == Approx(1 / std::sqrt(3.0)));  // λ = √3: a leaf's value is the centre's over √3
  CHECK(m["a"].coreness == 1);
  const auto summary = summary_of("H,a,2020,1\nH,b,2020,1\nH,c,2020,1\n");
  CHECK(*summary.degree_centralisation == Approx(1));  // (0 + 2 + 2 + 2) / (3 · 2): the most central shape
  CHECK(*summary.density == Approx(0.5));              // 3 of 6
  CHECK(*summary.average_clustering == Approx(0));     // H alone has 2+ partners, none of them linked
}

TEST_CASE("network measures: a path") {
  auto m = measures_of("A,B,2020,1\nB,C,2020,1\nC,D,2020,1\n");
  CHECK(m["B"].betweenness == Approx(2));    // A–C, A–D
  CHECK(m["C"].betweenness == Approx(2));    // A–D, B–D
  CHECK(*m["A"].closeness == Approx(0.5));   // distances 1, 2, 3: mean 2
  CHECK(*m["B"].closeness == Approx(0.75));  // 1, 1, 2: mean 4/3
  CHECK(*m["B"].clustering == Approx(0));    // A and C are not linked
}

TEST_CASE("network measures: two components") {
  auto m = measures_of("A,B,2020,2\nC,D,2020,1\n");
  CHECK(*m["A"].closeness == Approx(1));  // over the countries it reaches: B alone, 1 link away
  CHECK(*m["A"].eigenvector == Approx(1));
  const auto summary = summary_of("A,B,2020,2\nC,D,2020,1\n");
  CHECK(summary.components == 2);
  CHECK(summary.largest_component == 2);
  CHECK(*summary.density == Approx(2.0 / 6));
}

TEST_CASE("network measures: a weighted square with a diagonal; ties in betweenness") {
  // A–B, B–C, C–D, D–A of weight 1 and the diagonal A–C of weight 4 (length 1/4).
  auto m = measures_of("A,B,2020,1\nB,C,2020,1\nC,D,2020,1\nD,A,2020,1\nA,C,2020,4\n");
  // B–D: B–A–D and B–C–D are 2 long, B–A–C–D 2.25: two tied shortest paths, half through A, half through C.
  // Every other pair is adjacent and shortest directly (A–B 1 against A–C–B 1.25).
  CHECK(m["A"].betweenness == Approx(0.5));
  CHECK(m["C"].betweenness == Approx(0.5));
  CHECK(m["B"].betweenness == Approx(0));
  CHECK(m["A"].betweenness_unweighted == Approx(0.5));
  CHECK(m["A"].strength.integer() == 6);
  // A's partners B, C, D: B–C and C–D linked of 3 pairs → 2/3.
  CHECK(*m["A"].clustering == Approx(2.0 / 3));
  // Barrat: Σ over linked pairs (j, h) of partners, both orders, of (w_Aj + w_Ah) / 2, over s_A (k_A − 1):
  // 2 · ((1 + 4) / 2 + (4 + 1) / 2) / (6 · 2) = 10 / 12.
  CHECK(*m["A"].clustering_weighted == Approx(10.0 / 12));
  // B: partners A and C, linked: (1 + 1) / 2 · 2 / (2 · 1) = 1.
  CHECK(*m["B"].clustering_weighted == Approx(1));

  // The square without its diagonal: each opposite pair has two tied paths, so each node gets 1/2.
  auto square = measures_of("A,B,2020,1\nB,C,2020,1\nC,D,2020,1\nD,A,2020,1\n");
  for (const auto& [name, node] : square) CHECK(node.betweenness == Approx(0.5));
}

TEST_CASE("network measures: an isolated country, one country, a single pair") {
  // E is present only on its self-pair: a node without links.
  auto m = measures_of("A,B,2020,5\nE,E,2020,7\n");
  REQUIRE(m.count("E") == 1);
  CHECK(m["E"].degree == 0);
  CHECK(m["E"].strength.integer() == 0);
  CHECK(*m["E"].share == Approx(0));
  CHECK_FALSE(m["E"].closeness.has_value());
  CHECK(*m["E"].eigenvector == Approx(0));
  CHECK(m["E"].coreness == 0);
  CHECK(*m["A"].closeness == Approx(1));
  CHECK(*m["A"].eigenvector == Approx(1));
  CHECK(m["A"].pagerank == Approx(m["B"].pagerank));
  CHECK_FALSE(m["A"].clustering.has_value());

  auto one = measures_of("A,A,2020,3\n");
  REQUIRE(one.size() == 1);
  CHECK_FALSE(one["A"].share.has_value());        // every strength is 0
  CHECK_FALSE(one["A"].eigenvector.has_value());  // a graph without edges has no eigenvector centrality
  CHECK(one["A"].pagerank == Approx(1));
  const auto summary = summary_of("A,A,2020,3\n");
  CHECK(summary.nodes == 1);
  CHECK(summary.links == 0);
  CHECK_FALSE(summary.density.has_value());
  CHECK(summary.components == 1);

  const auto pair = summary_of("A,B,2020,5\n");
  CHECK(*pair.density == Approx(1));
  CHECK(pair.largest_component == 2);
}

TEST_CASE("network measures: links of weight 0 are no edges; weights below 0 are an error; fractions are weights") {
  auto m = measures_of("A,B,2020,0\nB,C,2020,2\n");
  CHECK(m["A"].degree == 0);  // present (it has a row) but without an edge
  CHECK(m["B"].degree == 1);
  const coopstat::Network zero = network_of("A,B,2020,0\nB,C,2020,2\n");
  CHECK(coopstat::zero_weight_links(zero.slices[0]) == 1);
  CHECK(coopstat::network_summary(zero, zero.slices[0]).links == 1);

  CHECK_THROWS_WITH_AS(measures_of("A,B,2020,-3\nB,C,2020,2\n"),
                       "the link A–B (2020) adds up to -3: network measures need link weights of 0 or more",
                       coopstat::Error);

  auto fractional = measures_of("A,B,2020,1.5\nB,C,2020,0.5\n");
  CHECK_FALSE(fractional["B"].strength.whole());
  CHECK(fractional["B"].strength.value() == Approx(2));
  CHECK(fractional["B"].betweenness == Approx(1));  // A–C passes through B
}

TEST_CASE("network measures: ordered pairs follow the direction reported") {
  // A→B 2, B→C 1: the one directed path of two steps, A→C, passes through B.
  auto m = measures_of("A,B,2020,2\nB,C,2020,1\n", PairOrder::ordered);
  CHECK(m["B"].betweenness == Approx(1));
  CHECK(m["B"].degree == 2);
  CHECK(m["B"].strength.integer() == 3);        // in and out
  CHECK(*m["A"].closeness == Approx(1 / 1.5));  // out: B 1, C 2
  CHECK_FALSE(m["C"].closeness.has_value());    // reaches no one
  // Without a cycle there is no eigenvector of a positive eigenvalue: every value would be 0, undefined instead.
  CHECK_FALSE(m["B"].eigenvector.has_value());
  // Both directions of a pair are one partner, and one edge for clustering and cores.
  auto mutual = measures_of("A,B,2020,2\nB,A,2020,1\n", PairOrder::ordered);
  CHECK(mutual["A"].degree == 1);
  CHECK(mutual["A"].coreness == 1);
  const auto summary = summary_of("A,B,2020,2\nB,A,2020,1\n", PairOrder::ordered);
  CHECK(summary.links == 2);             // two arcs
  CHECK(*summary.density == Approx(1));  // of 2 possible arcs
}

TEST_CASE("network measures: an igraph error is a coopstat Error, not an abort") {
  const coopstat::Network network = network_of(kTrianglePendant);
  const coopstat::IgraphGraph graph(network, network.slices.at(0), false);
  coopstat::IgraphVector result;
  const coopstat::IgraphVector too_few_weights(std::vector<double>{1.0});  // 4 edges, 1 weight
  CHECK_THROWS_AS(
      coopstat::check_igraph(
          igraph_betweenness(graph.get(), result.get(), igraph_vss_all(), false, too_few_weights.get()), "betweenness"),
      coopstat::Error);
  CHECK_THROWS_WITH(coopstat::check_igraph(IGRAPH_EINVAL, "betweenness"),
                    "igraph could not compute betweenness: Invalid value");
}
