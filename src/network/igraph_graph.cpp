#include "network/igraph_graph.hpp"

#include <fmt/format.h>

#include <map>
#include <utility>

#include "coopstat/error.hpp"

namespace coopstat {
namespace {

// igraph warns on stderr about things the measures' definitions already cover (an isolated vertex's closeness, a
// graph without edges): the library never prints, and what is undefined comes out as an empty cell.
void ignore_warning(const char* /*reason*/, const char* /*file*/, int /*line*/) {}

// igraph's default error handler aborts; ignoring lets the call return its code (after freeing what it allocated),
// which check_igraph turns into an Error. The handlers may be per thread, so they are set before each graph.
void use_coopstat_handlers() {
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(ignore_warning);
}

// One edge: two vertex ids and a weight.
struct Edge {
  igraph_integer_t from = 0;
  igraph_integer_t to = 0;
  double weight = 0;
};

}  // namespace

void check_igraph(igraph_error_t code, std::string_view what) {
  if (code != IGRAPH_SUCCESS) throw Error(fmt::format("igraph could not compute {}: {}", what, igraph_strerror(code)));
}

IgraphVector::IgraphVector(igraph_integer_t size) {
  use_coopstat_handlers();
  check_igraph(igraph_vector_init(&vector_, size), "a vector");
}

IgraphVector::IgraphVector(const std::vector<double>& values)
    : IgraphVector(static_cast<igraph_integer_t>(values.size())) {
  for (std::size_t i = 0; i < values.size(); ++i) VECTOR(vector_)[i] = values[i];
}

IgraphVector::~IgraphVector() { igraph_vector_destroy(&vector_); }

std::vector<double> IgraphVector::values() const {
  const igraph_integer_t size = igraph_vector_size(&vector_);
  std::vector<double> out(static_cast<std::size_t>(size));
  for (igraph_integer_t i = 0; i < size; ++i) out[static_cast<std::size_t>(i)] = VECTOR(vector_)[i];
  return out;
}

IgraphIntVector::IgraphIntVector(igraph_integer_t size) {
  use_coopstat_handlers();
  check_igraph(igraph_vector_int_init(&vector_, size), "a vector");
}

IgraphIntVector::~IgraphIntVector() { igraph_vector_int_destroy(&vector_); }

std::vector<std::int64_t> IgraphIntVector::values() const {
  const igraph_integer_t size = igraph_vector_int_size(&vector_);
  std::vector<std::int64_t> out(static_cast<std::size_t>(size));
  for (igraph_integer_t i = 0; i < size; ++i) out[static_cast<std::size_t>(i)] = VECTOR(vector_)[i];
  return out;
}

namespace {

// The vertices of a slice (its present nodes) and its edges, checked: weights below 0 are an Error, links of
// weight 0 are left out, an ordered network's two directions are summed when `undirected`.
struct GraphParts {
  std::vector<std::uint32_t> nodes;
  std::vector<Edge> edges;
};

GraphParts graph_parts(const Network& network, const Slice& slice, bool undirected) {
  GraphParts parts;
  std::vector<igraph_integer_t> vertex_of(network.nodes.size(), -1);
  for (std::uint32_t node = 0; node < slice.present.size(); ++node) {
    if (!slice.present[node]) continue;
    vertex_of[node] = static_cast<igraph_integer_t>(parts.nodes.size());
    parts.nodes.push_back(node);
  }
  std::map<std::pair<igraph_integer_t, igraph_integer_t>, double> weights;
  for (const Link& link : slice.links) {
    const double weight = link.weight.value();
    if (weight < 0)
      throw Error(fmt::format("the link {}–{} ({}) adds up to {}: network measures need link weights of 0 or more",
                              network.nodes[link.from], network.nodes[link.to], slice.label(), weight));
    if (weight == 0) continue;
    auto ends = std::pair{vertex_of[link.from], vertex_of[link.to]};
    if (undirected && ends.second < ends.first) std::swap(ends.first, ends.second);
    weights[ends] += weight;
  }
  for (const auto& [ends, weight] : weights) parts.edges.push_back({ends.first, ends.second, weight});
  return parts;
}

}  // namespace

IgraphGraph::IgraphGraph(const Network& network, const Slice& slice, bool undirected)
    : directed_(network.directed() && !undirected) {
  GraphParts parts = graph_parts(network, slice, undirected);
  nodes_ = std::move(parts.nodes);
  std::vector<double> weights;
  std::vector<double> distances;
  IgraphIntVector ends(static_cast<igraph_integer_t>(2 * parts.edges.size()));
  for (std::size_t edge = 0; edge < parts.edges.size(); ++edge) {
    VECTOR(*ends.get())[2 * edge] = parts.edges[edge].from;
    VECTOR(*ends.get())[2 * edge + 1] = parts.edges[edge].to;
    weights.push_back(parts.edges[edge].weight);
    distances.push_back(1 / parts.edges[edge].weight);
  }
  check_igraph(igraph_vector_update(weights_.get(), IgraphVector(weights).get()), "edge weights");
  check_igraph(igraph_vector_update(distances_.get(), IgraphVector(distances).get()), "edge lengths");
  // Last, so that nothing can throw once the graph exists (the destructor does not run for a throwing constructor).
  check_igraph(igraph_create(&graph_, ends.get(), static_cast<igraph_integer_t>(nodes_.size()), directed_),
               "the graph");
}

IgraphGraph::~IgraphGraph() { igraph_destroy(&graph_); }

}  // namespace coopstat
