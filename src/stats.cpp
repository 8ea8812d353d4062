#include "coopstat/stats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/count.hpp>
#include <boost/accumulators/statistics/kurtosis.hpp>
#include <boost/accumulators/statistics/skewness.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/variance.hpp>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <stdexcept>

#include "coopstat/error.hpp"
#include "suggest.hpp"

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
    const std::int64_t low =
        integer_ >= -kExactLimit && integer_ <= kExactLimit ? 0 : integer_ % (std::int64_t{1} << 20);
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
  ba::accumulator_set<double, ba::stats<ba::tag::count, ba::tag::variance, ba::tag::skewness, ba::tag::kurtosis>> set;
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

// What a statistic is computed from: the accumulator's count, sum, moments (null unless kept) and values, sorted
// (empty unless kept), and the probability of a quantile.
struct StatInput {
  std::size_t count = 0;
  double sum = 0;
  const Accumulator::Moments* moments = nullptr;
  std::span<const double> sorted;
  double probability = 0;
};

namespace {

std::optional<double> count_of(const StatInput& in) { return static_cast<double>(in.count); }
std::optional<double> sum_of(const StatInput& in) { return finite(in.sum); }
// The compensated (for whole numbers exact) sum divided once: closer than Boost's running mean.
std::optional<double> mean_of(const StatInput& in) { return finite(in.sum / static_cast<double>(in.count)); }

// Boost's variance divides by n; the sample variance divides by n - 1.
double sample_variance(const StatInput& in) {
  if (in.count < 2) return NAN;
  return ba::variance(in.moments->set) * static_cast<double>(in.count) / (static_cast<double>(in.count) - 1.0);
}
bool has_spread(const StatInput& in) { return in.count >= 2 && ba::variance(in.moments->set) > 0; }
std::optional<double> var_of(const StatInput& in) { return finite(sample_variance(in)); }
std::optional<double> sd_of(const StatInput& in) { return finite(std::sqrt(sample_variance(in))); }
std::optional<double> skew_of(const StatInput& in) {
  return has_spread(in) ? finite(ba::skewness(in.moments->set)) : std::nullopt;
}
std::optional<double> kurt_of(const StatInput& in) {
  return has_spread(in) ? finite(ba::kurtosis(in.moments->set)) : std::nullopt;
}

std::optional<double> min_of(const StatInput& in) {
  return in.sorted.empty() ? std::nullopt : std::optional(in.sorted.front());
}
std::optional<double> max_of(const StatInput& in) {
  return in.sorted.empty() ? std::nullopt : std::optional(in.sorted.back());
}
std::optional<double> median_of(const StatInput& in) { return quantile_of_sorted(in.sorted, 0.5); }
std::optional<double> q1_of(const StatInput& in) { return quantile_of_sorted(in.sorted, 0.25); }
std::optional<double> q3_of(const StatInput& in) { return quantile_of_sorted(in.sorted, 0.75); }
std::optional<double> iqr_of(const StatInput& in) {
  if (in.sorted.empty()) return std::nullopt;
  return *quantile_of_sorted(in.sorted, 0.75) - *quantile_of_sorted(in.sorted, 0.25);
}
std::optional<double> quantile_of(const StatInput& in) { return quantile_of_sorted(in.sorted, in.probability); }
std::optional<double> mode_of(const StatInput& in) {
  return in.sorted.empty() ? std::nullopt : std::optional(mode_of_sorted(in.sorted));
}

// The count, the sum and the mean (the sum divided by the count) need nothing more.
constexpr StatNeeds kCountAndSum{false, false};
constexpr StatNeeds kMoments{true, false};
constexpr StatNeeds kValues{false, true};

// In StatKind order, so that a kind's entry is found by its number.
constexpr std::array<StatInfo, 15> kCatalogue{{
    {"count", StatKind::count, "number of values (rows, or KEY totals with --per)", kCountAndSum, false, count_of},
    {"sum", StatKind::sum, "total; exact for whole numbers", kCountAndSum, true, sum_of},
    {"mean", StatKind::mean, "arithmetic mean", kCountAndSum, false, mean_of},
    {"median", StatKind::median, "exact median (R type 7)", kValues, false, median_of},
    {"min", StatKind::min, "smallest value", kValues, true, min_of},
    {"max", StatKind::max, "largest value", kValues, true, max_of},
    {"sd", StatKind::sd, "sample standard deviation (n - 1)", kMoments, false, sd_of},
    {"var", StatKind::var, "sample variance (n - 1)", kMoments, false, var_of},
    {"q1", StatKind::q1, "first quartile, p25 (R type 7)", kValues, false, q1_of},
    {"q3", StatKind::q3, "third quartile, p75 (R type 7)", kValues, false, q3_of},
    {"iqr", StatKind::iqr, "interquartile range, q3 - q1", kValues, false, iqr_of},
    {"pNN", StatKind::quantile, "NN-th percentile, p0 to p100, e.g. p05, p90 (R type 7)", kValues, false, quantile_of},
    {"mode", StatKind::mode, "most frequent value; the smallest on a tie", kValues, true, mode_of},
    {"skew", StatKind::skew, "skewness g1 = m3 / m2^1.5 (population moments)", kMoments, false, skew_of},
    {"kurt", StatKind::kurt, "excess kurtosis g2 = m4 / m2^2 - 3 (population moments)", kMoments, false, kurt_of},
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
  throw usage_error(
      with_suggestion(fmt::format("unknown statistic \"{}\" (see --help for the list)", name), name, names));
}

std::optional<double> Accumulator::value(const Stat& stat) const {
  const StatInfo& info = stat_catalogue()[static_cast<std::size_t>(stat.kind)];
  if ((info.needs.moments && !moments_) || (info.needs.values && !keeps_values_))
    throw std::logic_error(fmt::format("statistic \"{}\" read from an accumulator not made for it", stat.name));
  if (info.needs.values && !sorted_) {
    std::sort(values_.begin(), values_.end());
    sorted_ = true;
  }
  return info.compute({count_, sum_.value(), moments_.get(), values_, stat.probability});
}

}  // namespace coopstat
