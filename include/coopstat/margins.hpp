#pragma once
// The margins of a network slice's links: the size of each country that collaboration indices weigh a link against
// (its total link weight, its self-pair total, or its total in a separate table), and their total T.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coopstat/network.hpp"

namespace coopstat {

/// Each country's margin as the first end of a link and as the second (the same but for ordered strengths: out-
/// and in-strength), and T, their total. A missing margin (or total) makes the indices that use it undefined.
struct Margins {
  std::vector<std::optional<double>> from;  ///< per node
  std::vector<std::optional<double>> to;    ///< per node
  std::optional<double> total;
};

/// Link strengths: each country's total link weight in the slice (directed: out-strength as `from`, in-strength as
/// `to`); T = the sum of the strengths, 2W (directed: W). A country on a link of negative weight has none.
Margins strength_margins(const Slice& slice, std::size_t node_count, bool directed);

/// Each country's self-pair total in the slice (Slice::diagonal); T = their sum (none when one is negative).
Margins diagonal_margins(const Slice& slice);

/// Country totals from a separate table (--totals-file): each country's (year, total), years ascending.
using CountryYearTotals = std::map<std::string, std::vector<std::pair<int, double>>, std::less<>>;

/// Each country's total in `totals` over the slice's years (none when the table has no row of it in them); T = the
/// total of every country of the table in those years (none when one is negative).
Margins file_margins(const Slice& slice, std::span<const std::string> nodes, const CountryYearTotals& totals);

}  // namespace coopstat
