#pragma once
// Where a row's group, and a group's subtotal, live while the engine adds up: slots and cells.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coopstat/query.hpp"

namespace coopstat {

/// The range of a key's values in a table: [low, low + extent). Years run over the table's years, not 0–9999.
struct ValueRange {
  std::uint32_t low = 0;
  std::uint32_t extent = 1;
};

/// The value ranges of every key of a table; the year range is measured only when asked.
class KeyRanges {
 public:
  explicit KeyRanges(const Table& table) : table_(table) {}
  [[nodiscard]] ValueRange of(Key key);

 private:
  const Table& table_;
  std::optional<ValueRange> years_;
};

/// Combinations of key values numbered densely (each key's value range times the next) while there are few enough,
/// and otherwise by group_rows, which numbers only the combinations the rows have.
class Slots {
 public:
  /// Most slots numbered densely: beyond, numbering the combinations present costs less memory.
  static constexpr std::size_t kMaxDense = std::size_t{1} << 18;

  Slots(const Query& query, std::span<const Key> keys, KeyRanges& ranges);

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool dense() const { return !numbered_; }
  /// The slot of a row the query keeps.
  [[nodiscard]] std::uint32_t of(std::size_t row) const {
    if (numbered_) return numbered_->of(row);
    std::uint32_t slot = 0;
    for (std::size_t k = 0; k < keys_.size(); ++k)
      slot = slot * ranges_[k].extent + (key_value(*table_, keys_[k], row) - ranges_[k].low);
    return slot;
  }
  /// The key values of `slot`, appended to `values`.
  void key_values(std::uint32_t slot, std::vector<std::uint32_t>& values) const;

 private:
  const Table* table_;
  std::vector<Key> keys_;
  std::vector<ValueRange> ranges_;
  std::size_t size_ = 1;
  std::optional<Groups> numbered_;
};

/// A group's subtotals: one cell per (slot, sub-value) the rows have. Numbered densely (slot times the sub-values'
/// range, so that cells of ranges of rows added apart line up) while that is small, else in order of first use.
class Cells {
 public:
  static constexpr std::size_t kMaxDense = std::size_t{1} << 20;

  Cells(std::size_t slots, std::size_t extent)
      : extent_(extent), dense_(slots * extent <= kMaxDense), size_(dense_ ? slots * extent : 0) {}

  [[nodiscard]] bool dense() const { return dense_; }
  /// Dense: every cell; else the cells used so far.
  [[nodiscard]] std::size_t size() const { return size_; }
  /// The cell of (slot, sub), made when first used.
  std::uint32_t index(std::uint32_t slot, std::uint32_t sub) {
    if (dense_) return static_cast<std::uint32_t>(slot * extent_ + sub);
    const auto [it, added] = index_.try_emplace((std::uint64_t{slot} << 32) | sub, static_cast<std::uint32_t>(size_));
    if (added) {
      keys_.push_back(it->first);
      ++size_;
    }
    return it->second;
  }
  [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> slot_and_sub(std::uint32_t cell) const {
    if (dense_) return {static_cast<std::uint32_t>(cell / extent_), static_cast<std::uint32_t>(cell % extent_)};
    return {static_cast<std::uint32_t>(keys_[cell] >> 32), static_cast<std::uint32_t>(keys_[cell])};
  }

 private:
  std::size_t extent_;
  bool dense_;
  std::size_t size_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<std::uint64_t> keys_;
};

}  // namespace coopstat
