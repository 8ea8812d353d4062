// The network writers on small hand-made networks; every expected file below was written out by hand.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "coopstat/error.hpp"
#include "coopstat/network_document.hpp"
#include "coopstat/render.hpp"

using coopstat::AttributeType;
using coopstat::Cell;
using coopstat::Format;
using coopstat::NetworkDocument;
using coopstat::NetworkFiles;

namespace {

coopstat::Sum whole(std::int64_t value) {
  coopstat::Sum sum;
  sum.add_whole_total(value);
  return sum;
}

coopstat::Sum real(double value) {
  coopstat::Sum sum;
  sum.add(value);
  return sum;
}

// One network over 2019–2021: A–B 5 (2 rows), A–Côte d'Ivoire 4, B–Côte d'Ivoire 1.5; D only has self-pair rows.
// A node column `degree` (D's undefined) and a link column `salton` (A–Côte d'Ivoire's undefined).
NetworkDocument whole_document() {
  NetworkDocument document;
  coopstat::Network& network = document.network;
  network.nodes = {"A", "B <&>", "Côte d'Ivoire", "D"};
  coopstat::Slice& slice = network.slices.emplace_back();
  slice.first_year = 2019;
  slice.last_year = 2021;
  slice.links = {{0, 1, whole(5), 2}, {0, 2, whole(4), 1}, {1, 2, real(1.5), 1}};
  slice.diagonal = {std::nullopt, std::nullopt, std::nullopt, whole(7)};
  slice.present = {true, true, true, true};
  document.description = "pairs & more";
  document.node_attributes.columns = {{"degree", AttributeType::integer}};
  document.node_attributes.values = {
      {{Cell{std::int64_t{2}}}, {Cell{std::int64_t{2}}}, {Cell{std::int64_t{2}}}, {Cell{}}}};
  document.link_attributes.columns = {{"salton", AttributeType::real}};
  document.link_attributes.values = {{{Cell{0.5}}, {Cell{}}, {Cell{0.25}}}};
  return document;
}

// Ordered, per year: 2019 has A→B 2, 2020 has B→Côte d'Ivoire 3 (2 rows); D is in neither year.
NetworkDocument sliced_document() {
  NetworkDocument document;
  coopstat::Network& network = document.network;
  network.nodes = {"A", "B <&>", "Côte d'Ivoire", "D"};
  network.order = coopstat::PairOrder::ordered;
  network.slicing = {coopstat::SliceKind::per_year, 0};
  coopstat::Slice first;
  first.first_year = first.last_year = 2019;
  first.links = {{0, 1, whole(2), 1}};
  first.diagonal.resize(4);
  first.present = {true, true, false, false};
  coopstat::Slice second;
  second.first_year = second.last_year = 2020;
  second.links = {{1, 2, whole(3), 2}};
  second.diagonal.resize(4);
  second.present = {false, true, true, false};
  network.slices = {first, second};
  return document;
}

}  // namespace

TEST_CASE("network export: pajek numbers the vertices from 1 and writes *Edges with weights") {
  const NetworkFiles files = coopstat::render_network(whole_document(), Format::pajek);
  REQUIRE(files.contents.size() == 1);
  CHECK(files.contents[0] ==
        "*Network coopstat 2019-2021\n"
        "*Vertices 4\n"
        "1 \"A\"\n"
        "2 \"B <&>\"\n"
        "3 \"Côte d'Ivoire\"\n"
        "4 \"D\"\n"
        "*Edges\n"
        "1 2 5\n"
        "1 3 4\n"
        "2 3 1.5\n");
  CHECK(files.notes ==
        std::vector<std::string>{"pajek: a .net file holds no attributes: 2 columns are left out (graphml and gexf "
                                 "hold them)"});
}

TEST_CASE("network export: pajek writes a sliced network as a project, *Arcs when ordered") {
  const NetworkFiles files = coopstat::render_network(sliced_document(), Format::pajek);
  CHECK(files.contents.at(0) ==
        "*Network coopstat 2019\n"
        "*Vertices 2\n"
        "1 \"A\"\n"
        "2 \"B <&>\"\n"
        "*Arcs\n"
        "1 2 2\n"
        "\n"
        "*Network coopstat 2020\n"
        "*Vertices 2\n"
        "1 \"B <&>\"\n"
        "2 \"Côte d'Ivoire\"\n"
        "*Arcs\n"
        "1 2 3\n");
  CHECK(files.notes.empty());
}

TEST_CASE("network export: pajek has no escape for a double quote, and says what it wrote instead") {
  NetworkDocument document = sliced_document();
  document.network.nodes[0] = "Say \"A\"\nagain";
  const NetworkFiles files = coopstat::render_network(document, Format::pajek);
  CHECK(files.contents.at(0).find("1 \"Say 'A' again\"\n") != std::string::npos);
  CHECK(files.notes == std::vector<std::string>{"pajek: a country name with a double quote or a line break is written "
                                                "with ' or a space instead (Pajek labels cannot hold them)"});
}

TEST_CASE("network export: graphml declares typed keys and escapes names") {
  const NetworkFiles files = coopstat::render_network(whole_document(), Format::graphml);
  CHECK(files.notes.empty());
  CHECK(files.contents.at(0) == R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <desc>pairs &amp; more</desc>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="na0" for="node" attr.name="degree" attr.type="long"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="rows" for="edge" attr.name="rows" attr.type="long"/>
  <key id="la0" for="edge" attr.name="salton" attr.type="double"/>
  <graph id="2019-2021" edgedefault="undirected">
    <node id="n0">
      <data key="label">A</data>
      <data key="na0">2</data>
    </node>
    <node id="n1">
      <data key="label">B &lt;&amp;&gt;</data>
      <data key="na0">2</data>
    </node>
    <node id="n2">
      <data key="label">Côte d&apos;Ivoire</data>
      <data key="na0">2</data>
    </node>
    <node id="n3">
      <data key="label">D</data>
    </node>
    <edge source="n0" target="n1">
      <data key="weight">5</data>
      <data key="rows">2</data>
      <data key="la0">0.5</data>
    </edge>
    <edge source="n0" target="n2">
      <data key="weight">4</data>
      <data key="rows">1</data>
    </edge>
    <edge source="n1" target="n2">
      <data key="weight">1.5</data>
      <data key="rows">1</data>
      <data key="la0">0.25</data>
    </edge>
  </graph>
</graphml>
)");
}

TEST_CASE("network export: graphml writes a graph per slice, node ids unique in the document") {
  const NetworkFiles files = coopstat::render_network(sliced_document(), Format::graphml);
  CHECK(files.contents.at(0) == R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="long"/>
  <key id="rows" for="edge" attr.name="rows" attr.type="long"/>
  <graph id="2019" edgedefault="directed">
    <node id="2019:n0">
      <data key="label">A</data>
    </node>
    <node id="2019:n1">
      <data key="label">B &lt;&amp;&gt;</data>
    </node>
    <edge source="2019:n0" target="2019:n1">
      <data key="weight">2</data>
      <data key="rows">1</data>
    </edge>
  </graph>
  <graph id="2020" edgedefault="directed">
    <node id="2020:n1">
      <data key="label">B &lt;&amp;&gt;</data>
    </node>
    <node id="2020:n2">
      <data key="label">Côte d&apos;Ivoire</data>
    </node>
    <edge source="2020:n1" target="2020:n2">
      <data key="weight">3</data>
      <data key="rows">2</data>
    </edge>
  </graph>
</graphml>
)");
}

TEST_CASE("network export: gexf writes one slice as a static graph with weights") {
  const NetworkFiles files = coopstat::render_network(whole_document(), Format::gexf);
  CHECK(files.contents.at(0) == R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>coopstat</creator>
    <description>pairs &amp; more</description>
  </meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="degree" type="long"/>
    </attributes>
    <attributes class="edge">
      <attribute id="rows" title="rows" type="long"/>
      <attribute id="0" title="salton" type="double"/>
    </attributes>
    <nodes>
      <node id="0" label="A">
        <attvalues>
          <attvalue for="0" value="2"/>
        </attvalues>
      </node>
      <node id="1" label="B &lt;&amp;&gt;">
        <attvalues>
          <attvalue for="0" value="2"/>
        </attvalues>
      </node>
      <node id="2" label="Côte d&apos;Ivoire">
        <attvalues>
          <attvalue for="0" value="2"/>
        </attvalues>
      </node>
      <node id="3" label="D">
      </node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="5">
        <attvalues>
          <attvalue for="rows" value="2"/>
          <attvalue for="0" value="0.5"/>
        </attvalues>
      </edge>
      <edge id="1" source="0" target="2" weight="4">
        <attvalues>
          <attvalue for="rows" value="1"/>
        </attvalues>
      </edge>
      <edge id="2" source="1" target="2" weight="1.5">
        <attvalues>
          <attvalue for="rows" value="1"/>
          <attvalue for="0" value="0.25"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
)");
}

TEST_CASE("network export: gexf writes slices as a dynamic graph, a slice at its last year") {
  const NetworkFiles files = coopstat::render_network(sliced_document(), Format::gexf);
  CHECK(files.contents.at(0) == R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>coopstat</creator>
  </meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer">
    <attributes class="edge" mode="dynamic">
      <attribute id="weight" title="Weight" type="double"/>
      <attribute id="rows" title="rows" type="long"/>
    </attributes>
    <nodes>
      <node id="0" label="A">
        <spells>
          <spell start="2019" end="2019"/>
        </spells>
      </node>
      <node id="1" label="B &lt;&amp;&gt;">
        <spells>
          <spell start="2019" end="2019"/>
          <spell start="2020" end="2020"/>
        </spells>
      </node>
      <node id="2" label="Côte d&apos;Ivoire">
        <spells>
          <spell start="2020" end="2020"/>
        </spells>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1">
        <attvalues>
          <attvalue for="weight" value="2" start="2019" end="2019"/>
          <attvalue for="rows" value="1" start="2019" end="2019"/>
        </attvalues>
        <spells>
          <spell start="2019" end="2019"/>
        </spells>
      </edge>
      <edge id="1" source="1" target="2">
        <attvalues>
          <attvalue for="weight" value="3" start="2020" end="2020"/>
          <attvalue for="rows" value="2" start="2020" end="2020"/>
        </attvalues>
        <spells>
          <spell start="2020" end="2020"/>
        </spells>
      </edge>
    </edges>
  </graph>
</gexf>
)");
}

TEST_CASE("network export: a network sliced into one year is still dynamic in gexf and named by its year in graphml") {
  NetworkDocument document = sliced_document();
  document.network.slices.pop_back();
  CHECK(coopstat::render_network(document, Format::gexf)
            .contents.at(0)
            .find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"integer\">") != std::string::npos);
  CHECK(coopstat::render_network(document, Format::graphml).contents.at(0).find("<node id=\"2019:n0\">") !=
        std::string::npos);
}

TEST_CASE("network export: vosviewer's map counts each node's links and their weights") {
  const NetworkFiles files = coopstat::render_network(whole_document(), Format::vosviewer);
  REQUIRE(files.contents.size() == 2);
  CHECK(files.contents[0] ==
        "id\tlabel\tweight<Links>\tweight<Total link strength>\tscore<degree>\n"
        "1\tA\t2\t9\t2\n"
        "2\tB <&>\t2\t6.5\t2\n"
        "3\tCôte d'Ivoire\t2\t5.5\t2\n"
        "4\tD\t0\t0\t\n");
  CHECK(files.contents[1] ==
        "1\t2\t5\n"
        "1\t3\t4\n"
        "2\t3\t1.5\n");
  CHECK(files.notes == std::vector<std::string>{"vosviewer: a network file holds one weight per link: the link "
                                                "attributes are left out"});
}

TEST_CASE("network export: vosviewer refuses directions and slices, and names text columns it leaves out") {
  CHECK_THROWS_WITH_AS(coopstat::render_network(sliced_document(), Format::vosviewer),
                       "--format vosviewer: VOSviewer's links have no direction: leave out --pairs ordered",
                       coopstat::Error);
  NetworkDocument sliced = sliced_document();
  sliced.network.order = coopstat::PairOrder::unordered;
  CHECK_THROWS_AS(coopstat::render_network(sliced, Format::vosviewer), coopstat::Error);
  NetworkDocument named = whole_document();
  named.node_attributes.columns.push_back({"region", AttributeType::text});
  CHECK(coopstat::render_network(named, Format::vosviewer).notes.front() ==
        "vosviewer: a map file holds numbers only: left out region");
}

TEST_CASE("network export: the vosviewer network file goes beside the map file") {
  CHECK(coopstat::vosviewer_network_path("map.txt") == "map_network.txt");
  CHECK(coopstat::vosviewer_network_path("out.d/map") == "out.d/map_network");
  CHECK(coopstat::vosviewer_network_path("/tmp/a.b.txt") == "/tmp/a.b_network.txt");
}

TEST_CASE("network export: XML text keeps UTF-8 and escapes what XML reserves") {
  NetworkDocument document = whole_document();
  document.network.nodes[0] = "\"Q\"\tt\x01";
  const std::string graphml = coopstat::render_network(document, Format::graphml).contents.at(0);
  CHECK(graphml.find("<data key=\"label\">&quot;Q&quot;&#9;t\xEF\xBF\xBD</data>") != std::string::npos);
}

TEST_CASE("network export: a table format renders no network, a network format no tables") {
  CHECK_THROWS_AS(coopstat::render_network(whole_document(), Format::csv), std::logic_error);
  CHECK(coopstat::format_info(Format::gexf).network);
  CHECK_FALSE(coopstat::format_info(Format::json).network);
}
