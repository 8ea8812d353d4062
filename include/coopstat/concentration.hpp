#pragma once
// How concentrated a distribution of totals is: Herfindahl–Hirschman index, effective number, top-k shares.

#include <cstddef>
#include <optional>
#include <span>

namespace coopstat {

/// The concentration of a set of totals (e.g. agreements per field). Empty values when the totals add up to 0.
struct Concentration {
  std::size_t count = 0;      ///< how many totals (fields…)
  std::optional<double> hhi;  ///< Σ sharesᵢ², shares in %: 10,000 for one field, 10,000 / n for n equal ones
  std::optional<double> effective_number;  ///< 10,000 / HHI: how many equal fields would give the same HHI
  std::optional<double> top1_share;        ///< the largest share, %
  std::optional<double> top3_share;        ///< the three largest shares together, %
};

/// The concentration of `totals` (any order). Shares are computed on the exact sum, not on rounded shares.
Concentration concentration_of(std::span<const double> totals);

}  // namespace coopstat
