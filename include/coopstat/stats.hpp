#pragma once
// Statistics of a group's values: exact sums, moments (Boost.Accumulators), exact quantiles.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat {

/// A total that is exact: a 64-bit integer while every value is whole (overflow is an Error, never a wrap),
/// and a compensated (Neumaier) sum of doubles in any case.
class Sum {
 public:
  void add(double value);
  /// Every value added so far was whole, so integer() is exact.
  [[nodiscard]] bool whole() const { return whole_; }
  [[nodiscard]] std::int64_t integer() const { return integer_; }
  [[nodiscard]] double value() const;

 private:
  bool whole_ = true;
  std::int64_t integer_ = 0;
  double sum_ = 0;
  double compensation_ = 0;
};

/// `part` as a percentage of `whole`, multiplied before dividing so that round shares stay exact (11 of 20 is
/// 55, not 55.00000000000001). The caller makes sure `whole` is not 0.
inline double percent_of(double part, double whole) { return part * 100.0 / whole; }

/// The statistics of the catalogue.
enum class StatKind { count, sum, mean, median, min, max, sd, var, q1, q3, iqr, quantile, mode, skew, kurt };

/// One requested statistic ("what was asked"): its kind, its probability for quantiles, its name.
struct Stat {
  StatKind kind = StatKind::count;
  double probability = 0;  ///< for StatKind::quantile, in [0, 1]
  std::string name;
};

/// A catalogue entry: the name users type, what it computes.
struct StatInfo {
  std::string_view name;
  StatKind kind;
  std::string_view help;
};

/// The statistics catalogue; parsing and help come from it. `pNN` quantiles are listed as "pNN".
std::span<const StatInfo> stat_catalogue();

/// Parses a statistic name (`mean`, `p90`…); a usage Error with "did you mean" when unknown.
Stat parse_stat(std::string_view name);

/// Exact quantile of `sorted` values by linear interpolation between order statistics (R type 7,
/// NumPy's default); empty for no values.
std::optional<double> quantile_of_sorted(std::span<const double> sorted, double probability);

/// One group's state: add values, then read any statistic. An undefined statistic is empty, never NaN.
class Accumulator {
 public:
  Accumulator();
  ~Accumulator();
  Accumulator(Accumulator&&) noexcept;
  Accumulator& operator=(Accumulator&&) noexcept;

  void add(double value);
  [[nodiscard]] std::size_t count() const;
  [[nodiscard]] const Sum& sum() const { return sum_; }
  /// The statistic's value; empty where undefined (anything of no values, sd of one value…).
  [[nodiscard]] std::optional<double> value(const Stat& stat) const;

 private:
  struct Moments;  // Boost.Accumulators state, kept out of this header
  std::unique_ptr<Moments> moments_;
  Sum sum_;
  // The values themselves, for exact order statistics; sorted lazily when a quantile is asked.
  mutable std::vector<double> values_;
  mutable bool sorted_ = true;
};

}  // namespace coopstat
