#include "coopstat/stats.hpp"

#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/count.hpp>
#include <boost/accumulators/statistics/kurtosis.hpp>
#include <boost/accumulators/statistics/skewness.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/variance.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <stdexcept>

#include "coopstat/error.hpp"
#include "coopstat/suggest.hpp"

namespace coopstat {

namespace ba = boost::accumulators;

namespace {

Error too_large_total() {
  return Error("a total is larger than a 64-bit integer can hold (9,223,372,036,854,775,807)");
}

}  // namespace

void Sum::add(double value) {
  if (whole_) {
    // While every value is whole the integer is the total, and the compensated sum is not kept (that halves the
    // work of a row).
    if (std::trunc(value) == value && std::fabs(value) <= kMaxExactWhole) {
      if (__builtin_add_overflow(integer_, static_cast<std::int64_t>(value), &integer_)) throw too_large_total();
      return;
    }
    // The first value that is not whole: the compensated sum starts from the integer, as the one double it is up
    // to 2^53 (what summing the values gave), else as two exact doubles.
    whole_ = false;
    constexpr std::int64_t kExactLimit = std::int64_t{1} << 53;
    const std::int64_t low = integer_ >= -kExactLimit && integer_ <= kExactLimit ? 0 : integer_ % (std::int64_t{1} << 20);
    sum_ = static_cast<double>(integer_ - low);
    compensation_ = static_cast<double>(low);
  }
  // Neumaier's compensated summation: the rounding error of each addition is carried separately.
  const double total = sum_ + value;
  compensation_ += std::fabs(sum_) >= std::fabs(value) ? (sum_ - total) + value : (value - total) + sum_;
  sum_ = total;
}

void Sum::add_whole_total(std::int64_t total) {
  if (!whole_) return add(static_cast<double>(total));
  if (__builtin_add_overflow(integer_, total, &integer_)) throw too_large_total();
}

double Sum::value() const { return whole_ ? static_cast<double>(integer_) : sum_ + compensation_; }

namespace {

// The count, the sum and the mean (the sum divided by the count) need nothing more.
constexpr StatNeeds kCountAndSum{false, false};
constexpr StatNeeds kMoments{true, false};
constexpr StatNeeds kValues{false, true};

// In StatKind order, so that a kind's entry is found by its number.
constexpr std::array<StatInfo, 15> kCatalogue{{
    {"count", StatKind::count, "number of values (rows, or KEY totals with --per)", kCountAndSum},
    {"sum", StatKind::sum, "total; exact for whole numbers", kCountAndSum},
    {"mean", StatKind::mean, "arithmetic mean", kCountAndSum},
    {"median", StatKind::median, "exact median (R type 7)", kValues},
    {"min", StatKind::min, "smallest value", kValues},
    {"max", StatKind::max, "largest value", kValues},
    {"sd", StatKind::sd, "sample standard deviation (n - 1)", kMoments},
    {"var", StatKind::var, "sample variance (n - 1)", kMoments},
    {"q1", StatKind::q1, "first quartile, p25 (R type 7)", kValues},
    {"q3", StatKind::q3, "third quartile, p75 (R type 7)", kValues},
    {"iqr", StatKind::iqr, "interquartile range, q3 - q1", kValues},
    {"pNN", StatKind::quantile, "NN-th percentile, p0 to p100, e.g. p05, p90 (R type 7)", kValues},
    {"mode", StatKind::mode, "most frequent value; the smallest on a tie", kValues},
    {"skew", StatKind::skew, "skewness g1 = m3 / m2^1.5 (population moments)", kMoments},
    {"kurt", StatKind::kurt, "excess kurtosis g2 = m4 / m2^2 - 3 (population moments)", kMoments},
}};
static_assert(std::ranges::all_of(kCatalogue, [](const StatInfo& info) {
  return &info - kCatalogue.data() == static_cast<std::ptrdiff_t>(info.kind);
}));

}  // namespace

std::span<const StatInfo> stat_catalogue() { return kCatalogue; }

StatNeeds needs_of(StatKind kind) { return kCatalogue[static_cast<std::size_t>(kind)].needs; }

Stat parse_stat(std::string_view name) {
  for (const StatInfo& info : stat_catalogue())
    if (info.kind != StatKind::quantile && info.name == name) return {info.kind, 0, std::string(name)};
  const auto digits = name.substr(std::min<std::size_t>(1, name.size()));
  if (name.starts_with('p') && !digits.empty() && digits.size() <= 3 &&
      digits.find_first_not_of("0123456789") == std::string_view::npos) {
    int percent = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), percent);
    if (percent <= 100) return {StatKind::quantile, percent / 100.0, std::string(name)};
  }
  std::vector<std::string> names;
  for (const StatInfo& info : stat_catalogue())
    if (info.kind != StatKind::quantile) names.emplace_back(info.name);
  throw usage_error(with_suggestion(fmt::format("unknown statistic \"{}\" (see --help for the list)", name),
                                    name, names));
}

std::optional<double> quantile_of_sorted(std::span<const double> sorted, double probability) {
  if (sorted.empty()) return std::nullopt;
  const double position = static_cast<double>(sorted.size() - 1) * probability;
  const auto below = static_cast<std::size_t>(std::floor(position));
  if (below + 1 >= sorted.size()) return sorted.back();
  return sorted[below] + (position - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
}

// Boost computes skewness and kurtosis from raw moments, which cancel catastrophically when the values are far
// from 0 relative to their spread (years, large amounts). The moments are invariant under a shift, so they are
// accumulated over each value minus the first one, which keeps the raw moments small.
struct Accumulator::Moments {
  double origin = 0;
  ba::accumulator_set<double, ba::stats<ba::tag::count, ba::tag::variance, ba::tag::skewness, ba::tag::kurtosis>>
      set;
};

Accumulator::Accumulator(StatNeeds needs)
    : moments_(needs.moments ? std::make_unique<Moments>() : nullptr), keeps_values_(needs.values) {}
Accumulator::~Accumulator() = default;
Accumulator::Accumulator(Accumulator&&) noexcept = default;
Accumulator& Accumulator::operator=(Accumulator&&) noexcept = default;

void Accumulator::add_whole_values(std::size_t count, std::int64_t total) {
  if (moments_ || keeps_values_) throw std::logic_error("values added as a total to an accumulator that keeps them");
  sum_.add_whole_total(total);
  count_ += count;
}

void Accumulator::add(double value) {
  sum_.add(value);  // first: when the total overflows, the accumulator is left as it was
  if (moments_) {
    if (count_ == 0) moments_->origin = value;
    moments_->set(value - moments_->origin);
  }
  ++count_;
  if (!keeps_values_) return;
  if (sorted_ && !values_.empty() && value < values_.back()) sorted_ = false;
  values_.push_back(value);
}

namespace {

std::optional<double> finite(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  return value == 0 ? 0.0 : value;  // no negative zero in output
}

// The most frequent value of sorted values; the smallest of equally frequent ones.
double mode_of_sorted(std::span<const double> sorted) {
  double best = sorted.front();
  std::size_t best_run = 0;
  for (std::size_t start = 0; start < sorted.size();) {
    std::size_t end = start;
    while (end < sorted.size() && sorted[end] == sorted[start]) ++end;
    if (end - start > best_run) {
      best_run = end - start;
      best = sorted[start];
    }
    start = end;
  }
  return best;
}

}  // namespace

std::optional<double> Accumulator::value(const Stat& stat) const {
  const StatNeeds needs = needs_of(stat.kind);
  if ((needs.moments && !moments_) || (needs.values && !keeps_values_))
    throw std::logic_error(fmt::format("statistic \"{}\" read from an accumulator not made for it", stat.name));
  if (stat.kind == StatKind::count) return static_cast<double>(count_);
  if (stat.kind == StatKind::sum) return finite(sum_.value());
  if (count_ == 0) return std::nullopt;
  // The compensated (for whole numbers exact) sum divided once: closer than Boost's running mean.
  if (stat.kind == StatKind::mean) return finite(sum_.value() / static_cast<double>(count_));
  return needs.moments ? moment_stat(stat.kind) : order_stat(stat);
}

std::optional<double> Accumulator::moment_stat(StatKind kind) const {
  const auto& set = moments_->set;
  // Boost's variance divides by n; the sample variance divides by n - 1.
  const double population_variance = ba::variance(set);
  const double sample_variance = count_ < 2 ? NAN : population_variance * static_cast<double>(count_) / (count_ - 1.0);
  const bool has_spread = count_ >= 2 && population_variance > 0;
  switch (kind) {
    case StatKind::var: return finite(sample_variance);
    case StatKind::sd: return finite(std::sqrt(sample_variance));
    case StatKind::skew: return has_spread ? finite(ba::skewness(set)) : std::nullopt;
    case StatKind::kurt: return has_spread ? finite(ba::kurtosis(set)) : std::nullopt;
    default: break;
  }
  return std::nullopt;
}

std::optional<double> Accumulator::order_stat(const Stat& stat) const {
  if (!sorted_) {
    std::sort(values_.begin(), values_.end());
    sorted_ = true;
  }
  switch (stat.kind) {
    case StatKind::min: return values_.front();
    case StatKind::max: return values_.back();
    case StatKind::median: return quantile_of_sorted(values_, 0.5);
    case StatKind::q1: return quantile_of_sorted(values_, 0.25);
    case StatKind::q3: return quantile_of_sorted(values_, 0.75);
    case StatKind::iqr: return *quantile_of_sorted(values_, 0.75) - *quantile_of_sorted(values_, 0.25);
    case StatKind::quantile: return quantile_of_sorted(values_, stat.probability);
    case StatKind::mode: return mode_of_sorted(values_);
    default: break;
  }
  return std::nullopt;
}

}  // namespace coopstat
