// network — each country's place in the collaboration network: partners, strength, centralities, clustering, cores.
//
// Answers: which countries sit at the centre of the network, which broker between others, and how does that change?
//
//   coopstat network data/pairs.csv
//   coopstat network data/pairs.csv --per year --sort betweenness -n 5
//   coopstat network data/pairs.csv --summary --window 5
//
// Countries are the nodes, each pair's summed counts the weight of the link between them (unordered pairs unless
// --pairs ordered). The graph algorithms are igraph's (src/network/centrality.cpp); docs/network.md says which
// function and normalisation each column is. Rows are sorted by --sort (strength by default), largest first,
// undefined values last, ties by name.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/network_choices.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "commands/slicing_option.hpp"
#include "commands/title.hpp"
#include "coopstat/network_measures.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

constexpr std::array<MeasureColumn, 11> kMeasureColumns{{
    {"degree", "distinct partners", ColumnKind::integer, 0,
     [](const NodeMeasures& m) -> std::optional<double> { return static_cast<double>(m.degree); }},
    {"strength", "total weight of its links", ColumnKind::decimal, 2,
     [](const NodeMeasures& m) -> std::optional<double> { return m.strength.value(); }},
    {"share", "strength as a percentage of all strengths", ColumnKind::percent, 1,
     [](const NodeMeasures& m) { return m.share; }},
    {"betweenness", "shortest paths through it, a link 1/weight long", ColumnKind::decimal, 2,
     [](const NodeMeasures& m) -> std::optional<double> { return m.betweenness; }},
    {"betweenness_unweighted", "shortest paths through it, counting links", ColumnKind::decimal, 2,
     [](const NodeMeasures& m) -> std::optional<double> { return m.betweenness_unweighted; }},
    {"closeness", "1 / mean number of links to the countries it reaches", ColumnKind::decimal, 4,
     [](const NodeMeasures& m) { return m.closeness; }},
    {"eigenvector", "weighted eigenvector centrality, the largest 1", ColumnKind::decimal, 4,
     [](const NodeMeasures& m) { return m.eigenvector; }},
    {"pagerank", "weighted PageRank, damping 0.85", ColumnKind::decimal, 4,
     [](const NodeMeasures& m) -> std::optional<double> { return m.pagerank; }},
    {"clustering", "share of its partners' pairs that are linked", ColumnKind::decimal, 4,
     [](const NodeMeasures& m) { return m.clustering; }},
    {"clustering_weighted", "Barrat's weighted clustering", ColumnKind::decimal, 4,
     [](const NodeMeasures& m) { return m.clustering_weighted; }},
    {"coreness", "the largest k of a k-core it is in", ColumnKind::integer, 0,
     [](const NodeMeasures& m) -> std::optional<double> { return static_cast<double>(m.coreness); }},
}};

const MeasureColumn* parse_sort(std::string_view name) {
  return &find_named<MeasureColumn>(kMeasureColumns, name, "network measure");
}

Cell measure_cell(const MeasureColumn& column, const NodeMeasures& measures) {
  if (column.name == "strength") return total_cell(measures.strength);
  const std::optional<double> value = column.value(measures);
  if (value && column.kind == ColumnKind::integer) return static_cast<std::int64_t>(*value);
  return optional_cell(value);
}

// Largest first, undefined last, ties by name (node order is byte order of the names).
void sort_measures(std::vector<NodeMeasures>& measures, const MeasureColumn& sort) {
  std::stable_sort(measures.begin(), measures.end(), [&sort](const NodeMeasures& a, const NodeMeasures& b) {
    const std::optional<double> x = sort.value(a);
    const std::optional<double> y = sort.value(b);
    if (x.has_value() != y.has_value()) return x.has_value();
    if (x && *x != *y) return *x > *y;
    return a.node < b.node;
  });
}

// The title's bracket: how pairs were read, which the measures depend on.
std::string pairs_note(const Network& network) {
  return network.directed() ? "ordered pairs: directed paths" : "unordered pairs";
}

// The slices without any country, named in a note; a note too when every slice is empty.
std::string empty_slices_note(const Network& network) {
  std::vector<std::string> empty;
  for (const Slice& slice : network.slices)
    if (slice.node_count() == 0) empty.push_back(slice.label());
  if (empty.empty()) return {};
  if (empty.size() == network.slices.size()) return "no pairs are left in the rows kept: the network is empty";
  return fmt::format("empty (no pairs): {}", fmt::join(empty, ", "));
}

// Under the table of measures: the normalisations a reader comparing with other tools needs (docs/network.md).
constexpr std::string_view kMeasuresNote =
    "betweenness: raw path counts, a link 1/weight long; closeness: over the countries reached; eigenvector: "
    "weighted, largest 1; PageRank: weighted, damping 0.85";

// Under the summary: which averages and normalisations its columns are (docs/network.md).
constexpr std::string_view kSummaryNote =
    "density: links of all possible; degree centralisation: Freeman's, of distinct partners, normalised; "
    "average_clustering: mean over the countries with 2+ partners; transitivity: 3 × triangles / connected triples";

// A table's note: what its columns are, then the empty slices, if any.
std::string table_note(std::string_view definitions, const Network& network) {
  const std::string empty = empty_slices_note(network);
  return empty.empty() ? std::string(definitions) : fmt::format("{}; {}", definitions, empty);
}

// Said once on standard error: links that add up to 0 are no edges of the graphs.
std::vector<std::string> zero_link_messages(std::size_t zero_links, const Network& network) {
  if (zero_links == 0) return {};
  return {fmt::format("{} whose rows add up to 0 left out of the graphs{}: no co-operation to follow or weigh",
                      plural(zero_links, "link"), network.slices.size() > 1 ? " (counted in each network)" : "")};
}

class NetworkCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    add_slicing_options(app, slicing_);
    auto* sort = add_parsed_option(
                     app, "--sort", sort_, parse_sort,
                     choices_help("sort each network's countries by this measure, largest first:", kMeasureColumns))
                     ->default_str("strength")
                     ->type_name("MEASURE");
    auto* top = add_count_option(app, "-n,--top", top_, "list only the first N countries of each network (0: all)")
                    ->capture_default_str();
    app.add_flag("--summary", summary_,
                 "one row per network: nodes, links, weight, density, components, centralisation, clustering")
        ->excludes(sort)
        ->excludes(top);
  }

  [[nodiscard]] PairOrder default_pair_order() const override { return PairOrder::unordered; }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    Network network = build_network(input.query, input.pairs, slicing_);
    // Every country's measures, before sorting and -n, for the network formats.
    Attributes node_attributes;
    CommandOutput output = summary_ ? summaries(input, network) : measures(input, network, node_attributes);
    output.network = NetworkDocument{std::move(network), output.tables.front().title, std::move(node_attributes), {}};
    return output;
  }

  [[nodiscard]] const Slicing* network_slicing() const override { return &slicing_; }

 private:
  [[nodiscard]] CommandOutput measures(const CommandInput& input, const Network& network,
                                       Attributes& node_attributes) const {
    const bool sliced = slicing_.kind != SliceKind::whole;
    std::vector<Column> columns;
    if (sliced) columns.push_back({"years", ColumnKind::text});
    columns.push_back({"country", ColumnKind::text});
    for (const MeasureColumn& column : kMeasureColumns)
      columns.push_back(column.name == "strength" ? total_column(input.query.table(), "strength")
                        : column.kind == ColumnKind::percent
                            ? percent_column(std::string(column.name))
                            : Column{std::string(column.name), column.kind, column.decimals});
    ResultTable result{filtered_title(fmt::format("Network measures of {} by {}",
                                                  plural(network.nodes.size(), "country", "countries"), sort_->name),
                                      input.query, {pairs_note(network)}),
                       std::move(columns)};
    for (std::size_t column = 0; column < kMeasureColumns.size(); ++column)
      node_attributes.columns.push_back({std::string(kMeasureColumns[column].name),
                                         result.columns[column + (sliced ? 2 : 1)].kind == ColumnKind::integer
                                             ? AttributeType::integer
                                             : AttributeType::real});
    std::size_t zero_links = 0;
    for (const Slice& slice : network.slices) {
      std::vector<NodeMeasures> measures = node_measures(network, slice);
      zero_links += zero_weight_links(slice);
      auto& exported = node_attributes.values.emplace_back(network.nodes.size());
      for (const NodeMeasures& node : measures)
        for (const MeasureColumn& column : kMeasureColumns) exported[node.node].push_back(measure_cell(column, node));
      sort_measures(measures, *sort_);
      if (top_ > 0 && measures.size() > top_) measures.resize(top_);
      for (const NodeMeasures& node : measures) {
        std::vector<Cell>& row = result.rows.emplace_back();
        if (sliced) row.emplace_back(slice.label());
        row.emplace_back(network.nodes[node.node]);
        for (const MeasureColumn& column : kMeasureColumns) row.push_back(measure_cell(column, node));
      }
    }
    result.note = table_note(kMeasuresNote, network);
    CommandOutput output{result};
    output.messages = zero_link_messages(zero_links, network);
    return output;
  }

  [[nodiscard]] CommandOutput summaries(const CommandInput& input, const Network& network) const {
    ResultTable result{filtered_title(fmt::format("Network summary of {}", plural(network.slices.size(), "slice")),
                                      input.query, {pairs_note(network)}),
                       {{"years", ColumnKind::text},
                        {"nodes", ColumnKind::integer},
                        {"links", ColumnKind::integer},
                        total_column(input.query.table(), "weight"),
                        {"density", ColumnKind::decimal, 4},
                        {"components", ColumnKind::integer},
                        {"largest_component", ColumnKind::integer},
                        {"degree_centralisation", ColumnKind::decimal, 4},
                        {"average_clustering", ColumnKind::decimal, 4},
                        {"transitivity", ColumnKind::decimal, 4}}};
    std::size_t zero_links = 0;
    for (const Slice& slice : network.slices) {
      const NetworkSummary summary = network_summary(network, slice);
      zero_links += summary.zero_links;
      result.rows.push_back({slice.label(), static_cast<std::int64_t>(summary.nodes),
                             static_cast<std::int64_t>(summary.links), total_cell(summary.total_weight),
                             optional_cell(summary.density), static_cast<std::int64_t>(summary.components),
                             static_cast<std::int64_t>(summary.largest_component),
                             optional_cell(summary.degree_centralisation), optional_cell(summary.average_clustering),
                             optional_cell(summary.transitivity)});
    }
    result.note = table_note(kSummaryNote, network);
    CommandOutput output{result};
    output.messages = zero_link_messages(zero_links, network);
    return output;
  }

  Slicing slicing_;
  const MeasureColumn* sort_ = parse_sort("strength");
  std::size_t top_ = 0;
  bool summary_ = false;
};

}  // namespace

std::span<const MeasureColumn> node_measure_columns() { return kMeasureColumns; }

std::unique_ptr<Command> make_network_command() { return std::make_unique<NetworkCommand>(); }

}  // namespace coopstat
