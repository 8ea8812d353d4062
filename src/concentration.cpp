#include "coopstat/concentration.hpp"

#include <algorithm>
#include <functional>
#include <vector>

#include "coopstat/stats.hpp"

namespace coopstat {

Concentration concentration_of(std::span<const double> totals) {
  Concentration result;
  result.count = totals.size();
  Sum whole;
  for (const double total : totals) whole.add(total);
  if (totals.empty() || whole.value() == 0) return result;

  std::vector<double> shares;
  for (const double total : totals) shares.push_back(percent_of(total, whole.value()));
  std::sort(shares.begin(), shares.end(), std::greater<>());
  Sum squares, top3;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    squares.add(shares[i] * shares[i]);
    if (i < 3) top3.add(shares[i]);
  }
  result.hhi = squares.value();
  if (*result.hhi > 0) result.effective_number = 10000.0 / *result.hhi;
  result.top1_share = shares.front();
  result.top3_share = top3.value();
  return result;
}

}  // namespace coopstat
