#pragma once
// igraph's objects held by RAII (destroyed on every path, exceptions included), and igraph's errors turned into
// coopstat Errors: igraph is the one library here that would otherwise abort() or print.

#include <igraph/igraph.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "coopstat/network.hpp"

namespace coopstat {

/// Throws an Error naming `what` when an igraph call did not succeed.
void check_igraph(igraph_error_t code, std::string_view what);

/// An igraph_vector_t (real numbers) that frees itself.
class IgraphVector {
 public:
  explicit IgraphVector(igraph_integer_t size = 0);
  explicit IgraphVector(const std::vector<double>& values);
  ~IgraphVector();
  IgraphVector(const IgraphVector&) = delete;
  IgraphVector& operator=(const IgraphVector&) = delete;

  igraph_vector_t* get() { return &vector_; }
  [[nodiscard]] const igraph_vector_t* get() const { return &vector_; }
  [[nodiscard]] std::vector<double> values() const;

 private:
  igraph_vector_t vector_;
};

/// An igraph_vector_int_t (whole numbers) that frees itself.
class IgraphIntVector {
 public:
  explicit IgraphIntVector(igraph_integer_t size = 0);
  ~IgraphIntVector();
  IgraphIntVector(const IgraphIntVector&) = delete;
  IgraphIntVector& operator=(const IgraphIntVector&) = delete;

  igraph_vector_int_t* get() { return &vector_; }
  [[nodiscard]] std::vector<std::int64_t> values() const;

 private:
  igraph_vector_int_t vector_;
};

/// The graph of one slice: a vertex per node present in the slice (in node order), an edge per link of positive
/// weight (self-pairs and links that add up to 0 are no edges), the link weights as edge weights. A link that adds
/// up to less than 0 is an Error: distances and eigenvectors need weights of 0 or more.
class IgraphGraph {
 public:
  /// `undirected`: an ordered network's two directions of a pair as one edge with their summed weight.
  IgraphGraph(const Network& network, const Slice& slice, bool undirected);
  ~IgraphGraph();
  IgraphGraph(const IgraphGraph&) = delete;
  IgraphGraph& operator=(const IgraphGraph&) = delete;

  [[nodiscard]] const igraph_t* get() const { return &graph_; }
  [[nodiscard]] bool directed() const { return directed_; }
  /// The network's node index of each vertex.
  [[nodiscard]] const std::vector<std::uint32_t>& nodes() const { return nodes_; }
  [[nodiscard]] const IgraphVector& weights() const { return weights_; }
  /// 1 / weight of each edge: the length of a link for shortest paths, short where co-operation is strong.
  [[nodiscard]] const IgraphVector& distances() const { return distances_; }

 private:
  igraph_t graph_;
  bool directed_ = false;
  std::vector<std::uint32_t> nodes_;
  IgraphVector weights_;
  IgraphVector distances_;
};

}  // namespace coopstat
