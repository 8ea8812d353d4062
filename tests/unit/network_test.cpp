#include "coopstat/network.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "coopstat/error.hpp"
#include "coopstat/query.hpp"
#include "test_support.hpp"

using coopstat::Network;
using coopstat::PairOrder;
using coopstat::SliceKind;

namespace {

// Rows of a bilateral table over 2019–2021; 2020 has no rows.
const char* const kPairs =
    "reporter,partner,year,n\n"
    "B,A,2019,3\n"
    "A,B,2019,2\n"  // with unordered pairs and no mirror rule (other count): the same link as the row above
    "A,C,2021,4\n"
    "C,C,2021,6\n"  // a self-pair: the diagonal
    "D,A,2021,0\n";

Network network_of(const char* csv, PairOrder order, coopstat::Slicing slicing) {
  coopstat::LoadOptions options;
  options.pairs = PairOrder::ordered;  // keep every row: the network folds the directions itself
  const coopstat::Table table = coopstat::testing::load_with_report(csv, options, "p.csv").table;
  const coopstat::Query query(table, {});
  return coopstat::build_network(query, order, slicing);
}

// "from-to=weight(rows)" for each link of a slice.
std::vector<std::string> links_of(const Network& network, std::size_t slice) {
  std::vector<std::string> out;
  for (const coopstat::Link& link : network.slices.at(slice).links)
    out.push_back(network.nodes[link.from] + "-" + network.nodes[link.to] + "=" +
                  std::to_string(link.weight.integer()) + "(" + std::to_string(link.rows) + ")");
  return out;
}

}  // namespace

TEST_CASE("network: one node per country, whichever end; unordered links add both directions") {
  const Network network = network_of(kPairs, PairOrder::unordered, {});
  CHECK(network.nodes == std::vector<std::string>{"A", "B", "C", "D"});
  REQUIRE(network.slices.size() == 1);
  CHECK(network.slices[0].label() == "2019–2021");
  CHECK(links_of(network, 0) == std::vector<std::string>{"A-B=5(2)", "A-C=4(1)", "A-D=0(1)"});
  REQUIRE(network.slices[0].diagonal[2].has_value());
  CHECK(network.slices[0].diagonal[2]->integer() == 6);
  CHECK_FALSE(network.slices[0].diagonal[0].has_value());
  CHECK(network.slices[0].node_count() == 4);
}

TEST_CASE("network: ordered links keep the direction the row reported") {
  const Network network = network_of(kPairs, PairOrder::ordered, {});
  CHECK(links_of(network, 0) == std::vector<std::string>{"A-B=2(1)", "A-C=4(1)", "B-A=3(1)", "D-A=0(1)"});
  CHECK(network.directed());
}

TEST_CASE("network: a slice per year, a year without rows is an empty network") {
  const Network network = network_of(kPairs, PairOrder::unordered, {SliceKind::per_year, 0});
  REQUIRE(network.slices.size() == 3);
  CHECK(links_of(network, 0) == std::vector<std::string>{"A-B=5(2)"});
  CHECK(network.slices[1].label() == "2020");
  CHECK(network.slices[1].links.empty());
  CHECK(network.slices[1].node_count() == 0);
  CHECK(links_of(network, 2) == std::vector<std::string>{"A-C=4(1)", "A-D=0(1)"});
  CHECK(network.slices[2].node_count() == 3);  // A, C (also on its self-pair) and D
}

TEST_CASE("network: moving windows start at the first full window; cumulative slices grow") {
  const Network windows = network_of(kPairs, PairOrder::unordered, {SliceKind::window, 2});
  REQUIRE(windows.slices.size() == 2);
  CHECK(windows.slices[0].label() == "2019–2020");
  CHECK(links_of(windows, 0) == std::vector<std::string>{"A-B=5(2)"});
  CHECK(windows.slices[1].label() == "2020–2021");
  CHECK(links_of(windows, 1) == std::vector<std::string>{"A-C=4(1)", "A-D=0(1)"});

  const Network cumulative = network_of(kPairs, PairOrder::unordered, {SliceKind::cumulative, 0});
  REQUIRE(cumulative.slices.size() == 3);
  CHECK(cumulative.slices[1].label() == "2019–2020");
  CHECK(links_of(cumulative, 1) == std::vector<std::string>{"A-B=5(2)"});
  CHECK(links_of(cumulative, 2) == std::vector<std::string>{"A-B=5(2)", "A-C=4(1)", "A-D=0(1)"});

  CHECK_THROWS_WITH_AS(network_of(kPairs, PairOrder::unordered, {SliceKind::window, 4}),
                       "--window 4: the data has 3 years (2019–2021), fewer than one window", coopstat::Error);
}

TEST_CASE("network: a table without a reporter column has no pairs") {
  CHECK_THROWS_AS(network_of("partner,year,n\nA,2020,1\n", PairOrder::unordered, {}), coopstat::Error);
}
