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

#include "coopstat/error.hpp"
#include "coopstat/suggest.hpp"

namespace coopstat {

namespace ba = boost::accumulators;

void Sum::add(double value) {
  // Neumaier's compensated summation: the rounding error of each addition is carried separately.
  const double total = sum_ + value;
  compensation_ += std::fabs(sum_) >= std::fabs(value) ? (sum_ - total) + value : (value - total) + sum_;
  sum_ = total;
  if (!whole_) return;
  if (std::trunc(value) != value || std::fabs(value) > 9007199254740992.0) {
    whole_ = false;
    return;
  }
  if (__builtin_add_overflow(integer_, static_cast<std::int64_t>(value), &integer_))
    throw Error("a total is larger than a 64-bit integer can hold (9,223,372,036,854,775,807)");
}

double Sum::value() const { return whole_ ? static_cast<double>(integer_) : sum_ + compensation_; }

std::span<const StatInfo> stat_catalogue() {
  static constexpr std::array<StatInfo, 15> kCatalogue{{
      {"count", StatKind::count, "number of values (rows, or KEY totals with --per)"},
      {"sum", StatKind::sum, "total; exact for whole numbers"},
      {"mean", StatKind::mean, "arithmetic mean"},
      {"median", StatKind::median, "exact median (R type 7)"},
      {"min", StatKind::min, "smallest value"},
      {"max", StatKind::max, "largest value"},
      {"sd", StatKind::sd, "sample standard deviation (n - 1)"},
      {"var", StatKind::var, "sample variance (n - 1)"},
      {"q1", StatKind::q1, "first quartile, p25 (R type 7)"},
      {"q3", StatKind::q3, "third quartile, p75 (R type 7)"},
      {"iqr", StatKind::iqr, "interquartile range, q3 - q1"},
      {"pNN", StatKind::quantile, "NN-th percentile, p0 to p100, e.g. p05, p90 (R type 7)"},
      {"mode", StatKind::mode, "most frequent value; the smallest on a tie"},
      {"skew", StatKind::skew, "skewness g1 = m3 / m2^1.5 (population moments)"},
      {"kurt", StatKind::kurt, "excess kurtosis g2 = m4 / m2^2 - 3 (population moments)"},
  }};
  return kCatalogue;
}

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

Accumulator::Accumulator() : moments_(std::make_unique<Moments>()) {}
Accumulator::~Accumulator() = default;
Accumulator::Accumulator(Accumulator&&) noexcept = default;
Accumulator& Accumulator::operator=(Accumulator&&) noexcept = default;

void Accumulator::add(double value) {
  sum_.add(value);  // first: when the total overflows, the accumulator is left as it was
  if (values_.empty()) moments_->origin = value;
  moments_->set(value - moments_->origin);
  if (sorted_ && !values_.empty() && value < values_.back()) sorted_ = false;
  values_.push_back(value);
}

std::size_t Accumulator::count() const { return ba::count(moments_->set); }

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
  const std::size_t n = count();
  if (stat.kind == StatKind::count) return static_cast<double>(n);
  if (stat.kind == StatKind::sum) return finite(sum_.value());
  if (n == 0) return std::nullopt;
  const auto& set = moments_->set;
  // Boost's variance divides by n; the sample variance divides by n - 1.
  const double population_variance = ba::variance(set);
  const double sample_variance = n < 2 ? NAN : population_variance * static_cast<double>(n) / (n - 1.0);
  const bool has_spread = n >= 2 && population_variance > 0;
  if (!sorted_) {
    std::sort(values_.begin(), values_.end());
    sorted_ = true;
  }
  switch (stat.kind) {
    // The compensated (for whole numbers exact) sum divided once: closer than Boost's running mean.
    case StatKind::mean: return finite(sum_.value() / static_cast<double>(n));
    case StatKind::min: return values_.front();
    case StatKind::max: return values_.back();
    case StatKind::var: return finite(sample_variance);
    case StatKind::sd: return finite(std::sqrt(sample_variance));
    case StatKind::median: return quantile_of_sorted(values_, 0.5);
    case StatKind::q1: return quantile_of_sorted(values_, 0.25);
    case StatKind::q3: return quantile_of_sorted(values_, 0.75);
    case StatKind::iqr: return *quantile_of_sorted(values_, 0.75) - *quantile_of_sorted(values_, 0.25);
    case StatKind::quantile: return quantile_of_sorted(values_, stat.probability);
    case StatKind::mode: return mode_of_sorted(values_);
    case StatKind::skew: return has_spread ? finite(ba::skewness(set)) : std::nullopt;
    case StatKind::kurt: return has_spread ? finite(ba::kurtosis(set)) : std::nullopt;
    case StatKind::count:
    case StatKind::sum: break;
  }
  return std::nullopt;
}

}  // namespace coopstat
