#include "engine/slots.hpp"

#include <algorithm>

namespace coopstat {

ValueRange KeyRanges::of(Key key) {
  if (key != Key::year) return {0, static_cast<std::uint32_t>(key_domain(table_, key))};
  if (!years_) {
    years_ = ValueRange{};
    if (table_.rows() > 0) {
      const auto [low, high] = std::minmax_element(table_.year.begin(), table_.year.end());
      years_ = ValueRange{static_cast<std::uint32_t>(*low), static_cast<std::uint32_t>(*high - *low + 1)};
    }
  }
  return *years_;
}

Slots::Slots(const Query& query, std::span<const Key> keys, KeyRanges& ranges)
    : table_(&query.table()), keys_(keys.begin(), keys.end()) {
  for (const Key key : keys) {
    ranges_.push_back(ranges.of(key));
    size_ *= ranges_.back().extent;
  }
  if (keys.size() <= 1 || size_ <= kMaxDense) return;
  numbered_ = group_rows(query, keys);
  size_ = numbered_->size();
}

void Slots::key_values(std::uint32_t slot, std::vector<std::uint32_t>& values) const {
  if (numbered_) {
    for (std::size_t k = 0; k < keys_.size(); ++k) values.push_back(numbered_->value(slot, k));
    return;
  }
  const std::size_t first = values.size();
  values.resize(first + keys_.size());
  for (std::size_t k = keys_.size(); k-- > 0;) {
    values[first + k] = slot % ranges_[k].extent + ranges_[k].low;
    slot /= ranges_[k].extent;
  }
}

}  // namespace coopstat
