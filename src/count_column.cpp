#include "coopstat/count_column.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "huge_pages.hpp"

namespace coopstat {
namespace {

// Whether `value` is exactly the double of a 32-bit integer (not -0.0, whose sign the integer would lose).
bool fits_32_bits(double value) {
  constexpr double kLowest = std::numeric_limits<std::int32_t>::lowest();
  constexpr double kHighest = std::numeric_limits<std::int32_t>::max();
  if (!(value >= kLowest && value <= kHighest)) return false;  // NaN too
  const double narrowed = static_cast<std::int32_t>(value);
  return std::bit_cast<std::uint64_t>(narrowed) == std::bit_cast<std::uint64_t>(value);
}

bool is_whole(double value) { return std::trunc(value) == value; }

template <class Values>
void keep_flagged(Values& values, const std::vector<bool>& kept) {
  std::size_t written = 0;
  for (std::size_t row = 0; row < values.size(); ++row)
    if (kept[row]) values[written++] = values[row];
  values.resize(written);
}

}  // namespace

void CountColumn::reserve(std::size_t rows) {
  if (narrow_) {
    reserve_on_huge_pages(narrow_values_, rows);
  } else {
    reserve_on_huge_pages(values_, rows);
  }
}

void CountColumn::push_back(double value) {
  if (narrow_) {
    if (fits_32_bits(value)) return narrow_values_.push_back(static_cast<std::int32_t>(value));
    widen();
  }
  values_.push_back(value);
  whole_ = whole_ && is_whole(value);
}

void CountColumn::keep_rows(const std::vector<bool>& kept) {
  if (narrow_) return keep_flagged(narrow_values_, kept);
  keep_flagged(values_, kept);
  whole_ = std::all_of(values_.begin(), values_.end(), is_whole);
}

void CountColumn::append(CountColumn&& more) {
  if (narrow_ && !more.narrow_) widen();
  if (narrow_) {
    narrow_values_.insert(narrow_values_.end(), more.narrow_values_.begin(), more.narrow_values_.end());
  } else if (more.narrow_) {
    values_.insert(values_.end(), more.narrow_values_.begin(), more.narrow_values_.end());
  } else {
    values_.insert(values_.end(), more.values_.begin(), more.values_.end());
  }
  whole_ = whole_ && more.whole_;
  more = CountColumn();
}

void CountColumn::widen() {
  values_.reserve(narrow_values_.capacity());
  values_.assign(narrow_values_.begin(), narrow_values_.end());
  std::vector<std::int32_t>().swap(narrow_values_);
  narrow_ = false;
}

}  // namespace coopstat
