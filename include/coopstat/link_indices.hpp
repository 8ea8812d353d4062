#pragma once
// Collaboration indices of the links of one network slice: how strong a pair's link is against the sizes of its two
// countries (their margins). docs/network.md, "Links and indices", defines each one and gives its source.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "coopstat/margins.hpp"
#include "coopstat/network.hpp"

namespace coopstat {

/// An index of a link C_ij between countries with margins C_i and C_j (T: the total of the margins).
enum class LinkIndex {
  cosine,           ///< Salton's cosine C_ij / √(C_i·C_j)
  jaccard,          ///< C_ij / (C_i + C_j − C_ij)
  inclusion,        ///< C_ij / min(C_i, C_j)
  association,      ///< association strength as bibliometrix: C_ij / (C_i·C_j)
  association_vos,  ///< association strength as VOSviewer: C_ij / (s_i·s_j / 2W), always from link strengths
  affinity,         ///< observed over expected: C_ij·T / (C_i·C_j)
};

/// Why a link has no value for an index.
enum class Undefined {
  none,             ///< defined
  negative_weight,  ///< the link's weight is below 0
  margin,           ///< a margin (or their total) is missing, 0 or negative
  overlap,          ///< Jaccard: C_i + C_j − C_ij is 0 or below (a margin smaller than the link)
};

/// The requested indices of one link, in the order asked, and why the first undefined one is.
struct LinkValues {
  std::vector<std::optional<double>> values;
  Undefined undefined = Undefined::none;
};

/// The indices of every link of the slice (in its order), with the margins chosen (association_vos always uses
/// strength_margins). An index is undefined (empty), never inf or NaN.
std::vector<LinkValues> link_indices(const Slice& slice, std::size_t node_count, bool directed, const Margins& margins,
                                     std::span<const LinkIndex> indices);

}  // namespace coopstat
