#pragma once
// Trend statistics of a yearly series: growth, least squares, Theil–Sen, Mann–Kendall.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace coopstat {

/// A yearly series: the years that have a value, in increasing order, and each one's value. Under --gaps zero
/// every year of the span is there (0 without rows); under --gaps missing only the years observed, which need
/// not be consecutive (2003, 2005, 2009…).
struct YearSeries {
  std::vector<int> years;
  std::vector<double> values;  ///< values[i] is the value of years[i]
};

/// Ordinary least squares of value on year.
struct LeastSquares {
  double slope = 0;                 ///< change per year
  double intercept = 0;             ///< the fitted value in the series' first year (years[0])
  std::optional<double> r_squared;  ///< empty for a constant series
};

/// The Mann–Kendall test of a monotonic trend.
struct MannKendall {
  long long s = 0;          ///< Σ sign(v_j − v_i) over i < j
  double variance = 0;      ///< of S under no trend, with the tie correction
  std::optional<double> z;  ///< the continuity-corrected normal score; empty when the variance is 0
  std::optional<double> p;  ///< two-sided p-value of the normal approximation
};

/// Every statistic of a series; each is empty where the series is too short (or the base is 0).
struct TrendStats {
  std::optional<double> change;      ///< last − first (2+ years)
  std::optional<double> change_pct;  ///< (last − first) / first × 100 (first ≠ 0)
  /// ((last / first)^(1 / (last year − first year)) − 1) × 100 (first > 0, last ≥ 0)
  std::optional<double> cagr_pct;
  double mean = 0;
  int peak_year = 0;                          ///< the year of the largest value, the earliest on a tie
  std::optional<LeastSquares> least_squares;  ///< 2+ years
  std::optional<double> sen_slope;            ///< median of pairwise slopes (2+ years)
  std::optional<MannKendall> mann_kendall;    ///< 3+ years
};

/// Least squares of the values on their years (empty below 2 values).
std::optional<LeastSquares> least_squares(const YearSeries& series);
/// Sen's slope: the median of (v_j − v_i) / (year_j − year_i) over i < j (empty below 2 values).
std::optional<double> sen_slope(const YearSeries& series);
/// The Mann–Kendall test of values in time order (empty below 3 values); n is the number of values.
std::optional<MannKendall> mann_kendall(std::span<const double> values);
/// The two-sided p-value of a standard normal score: P(|N(0,1)| ≥ |z|).
double two_sided_p(double z);
/// All the statistics of a series with at least one year.
TrendStats trend_of(const YearSeries& series);

/// "rising" or "falling" when Mann–Kendall's p is below `alpha`, else "no clear trend"; empty without a test.
std::string trend_direction(const TrendStats& stats, double alpha);

}  // namespace coopstat
