#include "coopstat/network_document.hpp"

namespace coopstat {

const Cell& Attributes::value(std::size_t slice, std::size_t item, std::size_t column) const {
  static const Cell kEmpty;
  if (slice >= values.size() || item >= values[slice].size() || column >= values[slice][item].size()) return kEmpty;
  return values[slice][item][column];
}

}  // namespace coopstat
