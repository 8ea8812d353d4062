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

/// 2^53: every whole double up to it is exact, and so is every sum of them that stays below it.
inline constexpr double kMaxExactWhole = 9007199254740992.0;

/// A total that is exact: a 64-bit integer while every value is whole (overflow is an Error, never a wrap),
/// and a compensated (Neumaier) sum of doubles in any case.
class Sum {
 public:
  void add(double value);
  /// Adds `total`, a total of whole values, as adding each of them would (while the sum is whole: exactly).
  void add_whole_total(std::int64_t total);
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

/// What an Accumulator keeps besides the count and the exact Sum, which it always keeps.
struct StatNeeds {
  bool moments = false;  ///< Boost.Accumulators moments, for var, sd, skew, kurt
  bool values = false;   ///< every value, for min, max, median, quantiles, mode
};
/// Both: every statistic of the catalogue can be read.
inline constexpr StatNeeds kEveryStat{true, true};
/// What either of two sets of statistics needs.
constexpr StatNeeds operator|(StatNeeds a, StatNeeds b) { return {a.moments || b.moments, a.values || b.values}; }

/// What a statistic is computed from: an accumulator's state (defined in stats.cpp).
struct StatInput;

/// A catalogue entry: the name users type, what it computes, what an Accumulator keeps for it, whether its value is
/// a value of the data (or a sum of them, printed like the data's counts), and the function that computes it
/// (empty where undefined).
struct StatInfo {
  std::string_view name;
  StatKind kind;
  std::string_view help;
  StatNeeds needs;
  bool data_valued;
  std::optional<double> (*compute)(const StatInput& input);
};

/// The statistics catalogue; parsing and help come from it. `pNN` quantiles are listed as "pNN".
std::span<const StatInfo> stat_catalogue();

/// What an Accumulator keeps for a statistic of this kind.
StatNeeds needs_of(StatKind kind);

/// Parses a statistic name (`mean`, `p90`…); a usage Error with "did you mean" when unknown.
Stat parse_stat(std::string_view name);

/// Exact quantile of `sorted` values by linear interpolation between order statistics (R type 7,
/// NumPy's default); empty for no values.
std::optional<double> quantile_of_sorted(std::span<const double> sorted, double probability);

/// One group's state: add values, then read any statistic it was made for. An undefined statistic is empty,
/// never NaN.
class Accumulator {
 public:
  /// Keeps what `needs` asks for; reading a statistic it did not ask for is a std::logic_error.
  explicit Accumulator(StatNeeds needs = kEveryStat);
  ~Accumulator();
  Accumulator(Accumulator&&) noexcept;
  Accumulator& operator=(Accumulator&&) noexcept;

  void add(double value);
  /// Adds `count` whole values whose total is `total`, as adding each would: only for an accumulator that keeps
  /// neither values nor moments (std::logic_error otherwise).
  void add_whole_values(std::size_t count, std::int64_t total);
  [[nodiscard]] std::size_t count() const { return count_; }
  [[nodiscard]] const Sum& sum() const { return sum_; }
  /// The statistic's value; empty where undefined (anything of no values, sd of one value…).
  [[nodiscard]] std::optional<double> value(const Stat& stat) const;

 private:
  friend struct StatInput;  // names Moments
  struct Moments;           // Boost.Accumulators state, kept out of this header; null unless moments are needed
  std::unique_ptr<Moments> moments_;
  std::size_t count_ = 0;
  Sum sum_;
  bool keeps_values_;
  // The values themselves, for exact order statistics; sorted lazily when one is asked.
  mutable std::vector<double> values_;
  mutable bool sorted_ = true;
};

}  // namespace coopstat
