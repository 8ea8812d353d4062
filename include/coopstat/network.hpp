#pragma once
// The networks of a bilateral table: countries are the nodes, each pair's summed counts the weight of the link
// between them, and the years are cut into slices (all years at once, each year, moving windows, or cumulative).
// links, network and the relation measures of trend all start here; the rows are added up by the grouping engine.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coopstat/pairs.hpp"
#include "coopstat/query.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// How the years are cut into networks.
enum class SliceKind {
  whole,       ///< one network over every year kept
  per_year,    ///< one network per year, from the first year of the data to the last (a year without rows: empty)
  window,      ///< one per year Y, over the `years` years ending with Y (from the first full window on)
  cumulative,  ///< one per year Y, over every year from the first to Y
};

struct Slicing {
  SliceKind kind = SliceKind::whole;
  int years = 0;  ///< the window's length (window only)
};

/// A link between two countries (node indices). Unordered: from < to; ordered: from reported to.
struct Link {
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  Sum weight;            ///< the full sum of the pair's counts in the slice (exact for whole counts)
  std::size_t rows = 0;  ///< rows behind it; a link with rows whose counts add to 0 has weight 0
};

/// One network: the years it covers, its links and each country's self-pair total.
struct Slice {
  int first_year = 0;
  int last_year = 0;
  /// Links with at least one row in the slice, ordered by (from, to).
  std::vector<Link> links;
  /// Per node: the total of its self-pair rows (reporter = partner, e.g. domestic output), when it has any.
  std::vector<std::optional<Sum>> diagonal;
  /// Per node: whether it is on a link or a self-pair row of the slice.
  std::vector<bool> present;

  /// "2019", "2015–2019", or "all years" for a whole network with no year bounds.
  [[nodiscard]] std::string label() const;
  [[nodiscard]] std::size_t node_count() const;
};

/// The networks of a query: one node list (every country of the kept rows, byte order) and the slices.
struct Network {
  std::vector<std::string> nodes;
  PairOrder order = PairOrder::unordered;
  Slicing slicing;
  std::vector<Slice> slices;

  [[nodiscard]] bool directed() const { return order == PairOrder::ordered; }
};

/// Builds the networks of the rows the query keeps: reporter and partner are the two ends of each row (as the
/// loader resolved their names; a country that reports and is reported is one node). With unordered pairs, rows of
/// A–B and B–A add to one link (the loader has already left out mirror rows). A usage Error when the table has no
/// reporter column, or a window is longer than the years of the data.
Network build_network(const Query& query, PairOrder order, const Slicing& slicing);

}  // namespace coopstat
