#include "coopstat/trend.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "coopstat/stats.hpp"

namespace coopstat {

namespace {

// The years of a series counted from its first, as OLS's x: the intercept is then the fitted first value.
double years_since_first(const YearSeries& series, std::size_t i) {
  return static_cast<double>(series.years[i] - series.years.front());
}

}  // namespace

std::optional<LeastSquares> least_squares(const YearSeries& series) {
  const auto& values = series.values;
  const std::size_t n = values.size();
  if (n < 2) return std::nullopt;
  // Two passes for accuracy.
  double x_mean = 0, y_mean = 0;
  for (std::size_t i = 0; i < n; ++i) {
    x_mean += years_since_first(series, i);
    y_mean += values[i];
  }
  x_mean /= static_cast<double>(n);
  y_mean /= static_cast<double>(n);
  double sxx = 0, sxy = 0, syy = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double dx = years_since_first(series, i) - x_mean, dy = values[i] - y_mean;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  LeastSquares fit;
  fit.slope = sxy / sxx;
  fit.intercept = y_mean - fit.slope * x_mean;
  if (syy > 0) fit.r_squared = (sxy * sxy) / (sxx * syy);
  return fit;
}

std::optional<double> sen_slope(const YearSeries& series) {
  const auto& values = series.values;
  if (values.size() < 2) return std::nullopt;
  std::vector<double> slopes;
  slopes.reserve(values.size() * (values.size() - 1) / 2);
  for (std::size_t i = 0; i < values.size(); ++i)
    for (std::size_t j = i + 1; j < values.size(); ++j)
      slopes.push_back((values[j] - values[i]) / static_cast<double>(series.years[j] - series.years[i]));
  std::sort(slopes.begin(), slopes.end());
  return quantile_of_sorted(slopes, 0.5);
}

double two_sided_p(double z) { return std::erfc(std::fabs(z) / std::sqrt(2.0)); }

std::optional<MannKendall> mann_kendall(std::span<const double> values) {
  const std::size_t n = values.size();
  if (n < 3) return std::nullopt;
  MannKendall test;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) test.s += (values[j] > values[i]) - (values[j] < values[i]);
  // Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, t running over the sizes of groups of equal values.
  std::map<double, std::size_t> ties;
  for (const double v : values) ++ties[v];
  const auto term = [](double t) { return t * (t - 1) * (2 * t + 5); };
  double variance = term(static_cast<double>(n));
  for (const auto& [value, t] : ties) variance -= term(static_cast<double>(t));
  test.variance = variance / 18;
  if (test.variance > 0) {
    const double s = static_cast<double>(test.s);
    test.z = s > 0 ? (s - 1) / std::sqrt(test.variance) : s < 0 ? (s + 1) / std::sqrt(test.variance) : 0.0;
    test.p = two_sided_p(*test.z);
  }
  return test;
}

TrendStats trend_of(const YearSeries& series) {
  const auto& values = series.values;
  TrendStats stats;
  double sum = 0;
  std::size_t peak = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    sum += values[i];
    if (values[i] > values[peak]) peak = i;
  }
  stats.mean = sum / static_cast<double>(values.size());
  stats.peak_year = series.years[peak];
  if (values.size() >= 2) {
    const double first = values.front(), last = values.back();
    stats.change = last - first;
    if (first != 0) stats.change_pct = percent_of(last - first, first);
    // Over the years between the first and the last value, which a gap makes more than values.size() − 1.
    const double years = static_cast<double>(series.years.back() - series.years.front());
    if (first > 0 && last >= 0) stats.cagr_pct = (std::pow(last / first, 1.0 / years) - 1) * 100.0;
  }
  stats.least_squares = least_squares(series);
  stats.sen_slope = sen_slope(series);
  stats.mann_kendall = mann_kendall(values);
  return stats;
}

std::string trend_direction(const TrendStats& stats, double alpha) {
  if (!stats.mann_kendall) return {};
  const MannKendall& test = *stats.mann_kendall;
  if (!test.p || *test.p >= alpha) return "no clear trend";
  return test.s > 0 ? "rising" : "falling";
}

}  // namespace coopstat
