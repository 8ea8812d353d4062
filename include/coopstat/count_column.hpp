#pragma once
// The count column: 4 bytes a row while every count is a whole number that fits 32 bits, 8 from the first that
// does not.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coopstat {

/// Counts, each read back as exactly the double that was added.
class CountColumn {
 public:
  /// The count of `row`.
  [[nodiscard]] double operator[](std::size_t row) const { return narrow_ ? narrow_values_[row] : values_[row]; }
  [[nodiscard]] std::size_t size() const { return narrow_ ? narrow_values_.size() : values_.size(); }
  /// Whether every count is a whole number, so that sums are exact 64-bit integers.
  [[nodiscard]] bool whole() const { return whole_; }
  /// Makes room for `rows` counts in all, so that adding them moves nothing while they fit 32 bits.
  void reserve(std::size_t rows);
  void push_back(double value);
  /// Keeps the counts whose flag is set, in order, and drops the rest.
  void keep_rows(const std::vector<bool>& kept);
  /// Appends the counts of `more` after these, then frees it.
  void append(CountColumn&& more);

 private:
  /// Moves the counts to 64-bit storage, keeping the room made for them.
  void widen();

  std::vector<std::int32_t> narrow_values_;  ///< while narrow_
  std::vector<double> values_;               ///< once a count did not fit 32 bits
  bool narrow_ = true;
  bool whole_ = true;
};

}  // namespace coopstat
