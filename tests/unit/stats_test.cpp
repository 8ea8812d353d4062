#include "coopstat/stats.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "coopstat/error.hpp"
#include "test_support.hpp"

using coopstat::Accumulator;
using coopstat::ErrorKind;
using coopstat::parse_stat;
using coopstat::quantile_of_sorted;
using coopstat::StatKind;
using coopstat::Sum;

using coopstat::testing::suggested;

namespace {

constexpr double kTwoTo53 = 9007199254740992.0;  // 2^53, the largest count the loader accepts

Sum sum_of(std::initializer_list<double> values) {
  Sum sum;
  for (const double value : values) sum.add(value);
  return sum;
}

Accumulator accumulate_keeping(coopstat::StatNeeds needs, const std::vector<double>& values) {
  Accumulator accumulator(needs);
  for (const double value : values) accumulator.add(value);
  return accumulator;
}

Accumulator accumulate(const std::vector<double>& values) { return accumulate_keeping(coopstat::kEveryStat, values); }

std::optional<double> stat(const Accumulator& accumulator, const std::string& name) {
  return accumulator.value(parse_stat(name));
}

// The value of a statistic that must be defined; an empty one is a failure (and NaN, which equals nothing).
double defined(const Accumulator& accumulator, const std::string& name) {
  const auto value = stat(accumulator, name);
  if (!value) FAIL_CHECK("statistic ", name, " is empty");
  return value.value_or(std::nan(""));
}

// A quantile that must be defined, NaN otherwise.
double quantile(const std::vector<double>& sorted, double probability) {
  return quantile_of_sorted(sorted, probability).value_or(std::nan(""));
}

// Close enough to a hand-computed value, also near zero.
doctest::Approx near(double expected) { return doctest::Approx(expected).epsilon(1e-12).scale(1); }

// The message of the usage Error that parse_stat throws for `name`.
std::string parse_stat_error(const std::string& name) {
  try {
    parse_stat(name);
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    return error.what();
  }
  FAIL("parse_stat accepted \"", name, "\"");
  return {};
}

}  // namespace

// ---------------------------------------------------------------------------------------------- Sum

TEST_CASE("stats: a sum of whole numbers is an exact 64-bit integer") {
  const Sum small = sum_of({3, -5, 10});  // 3 - 5 + 10 = 8
  CHECK(small.whole());
  CHECK(small.integer() == 8);
  CHECK(small.value() == 8);

  // 2^53 + 1 = 9007199254740993 has no double, but the integer total holds it.
  const Sum large = sum_of({kTwoTo53, 1});
  CHECK(large.whole());
  CHECK(large.integer() == 9007199254740993LL);

  const Sum empty;
  CHECK(empty.whole());
  CHECK(empty.integer() == 0);
  CHECK(empty.value() == 0);
}

TEST_CASE("stats: a sum stops being whole at the first non-integer") {
  Sum sum = sum_of({1, 2});
  CHECK(sum.whole());
  sum.add(0.5);  // 1 + 2 + 0.5 = 3.5
  CHECK_FALSE(sum.whole());
  CHECK(sum.value() == 3.5);
  sum.add(4);  // whole again, but the total is not: 7.5
  CHECK_FALSE(sum.whole());
  CHECK(sum.value() == 7.5);

  // A whole total past 2^53 carries on exactly: 2^53 + 1 + 0.5 = 9007199254740993.5, whose nearest double is
  // 9007199254740994 (doubles are 2 apart there); without the 1 carried it would be 9007199254740992.
  Sum large = sum_of({kTwoTo53, 1});
  large.add(0.5);
  CHECK_FALSE(large.whole());
  CHECK(large.value() == 9007199254740994.0);
  Sum below = sum_of({-kTwoTo53, -3});
  below.add(-0.5);  // -9007199254740995.5: -9007199254740996
  CHECK(below.value() == -9007199254740996.0);
}

TEST_CASE("stats: a whole total beyond 64 bits is an error, never a wrap") {
  // 1023 × 2^53 = 2^63 - 2^53 fits; the 1024th makes 2^63, one more than INT64_MAX.
  Sum positive;
  for (int i = 0; i < 1023; ++i) positive.add(kTwoTo53);
  CHECK(positive.integer() == 1023 * (std::int64_t{1} << 53));
  CHECK_THROWS_AS(positive.add(kTwoTo53), coopstat::Error);

  // -1024 × 2^53 = -2^63 is exactly INT64_MIN; the 1025th goes below it.
  Sum negative;
  for (int i = 0; i < 1024; ++i) negative.add(-kTwoTo53);
  CHECK(negative.integer() == std::numeric_limits<std::int64_t>::min());
  try {
    negative.add(-kTwoTo53);
    FAIL("no overflow error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == ErrorKind::data);  // bad data, exit code 1
  }
}

TEST_CASE("stats: decimal sums are compensated (Neumaier)") {
  // 1e16 + 1 rounds back to 1e16 in plain doubles (their spacing there is 2); ten 1s must still count: 1e16 + 10.
  Sum big = sum_of({1e16});
  for (int i = 0; i < 10; ++i) big.add(1);
  CHECK(big.value() == 1e16 + 10);

  // The classic case: plain summation gives 0, the true total is 2.
  CHECK(sum_of({1.0, 1e100, 1.0, -1e100}).value() == 2.0);

  // Ten stored 0.1s add up to 1 + 5.6e-17, whose nearest double is 1 (plain summation: 0.9999999999999999).
  Sum tenths;
  for (int i = 0; i < 10; ++i) tenths.add(0.1);
  CHECK(tenths.value() == 1.0);
}

// ------------------------------------------------------------------------------------------ Quantiles

TEST_CASE("stats: quantiles of sorted values interpolate between order statistics (R type 7)") {
  // Position (n - 1) p, interpolated linearly between the two values around it.
  const std::vector<double> four{1, 2, 3, 4};
  CHECK(quantile(four, 0.5) == 2.5);    // position 1.5: 2 + 0.5 × 1
  CHECK(quantile(four, 0.25) == 1.75);  // position 0.75: 1 + 0.75 × 1
  CHECK(quantile(four, 0.75) == 3.25);  // position 2.25: 3 + 0.25 × 1
  CHECK(quantile(four, 0) == 1);
  CHECK(quantile(four, 1) == 4);

  const std::vector<double> one{7};
  for (const double p : {0.0, 0.3, 0.5, 1.0}) CHECK(quantile(one, p) == 7);

  const std::vector<double> two{10, 20};
  CHECK(quantile(two, 0.5) == 15);        // position 0.5
  CHECK(quantile(two, 0.1) == near(11));  // position 0.1: 10 + 0.1 × 10
  CHECK(quantile(two, 0.9) == near(19));  // position 0.9: 10 + 0.9 × 10
  CHECK(quantile(two, 0) == 10);
  CHECK(quantile(two, 1) == 20);

  const std::vector<double> ties{1, 2, 2, 2, 5};
  CHECK(quantile(ties, 0.5) == 2);          // position 2
  CHECK(quantile(ties, 0.75) == 2);         // position 3
  CHECK(quantile(ties, 0.9) == near(3.8));  // position 3.6: 2 + 0.6 × 3
  CHECK(quantile(ties, 0.1) == near(1.4));  // position 0.4: 1 + 0.4 × 1

  CHECK_FALSE(quantile_of_sorted(std::vector<double>{}, 0.5).has_value());
}

// ---------------------------------------------------------------------------------------- parse_stat

TEST_CASE("stats: parse_stat knows every name of the catalogue") {
  const std::map<std::string, StatKind> expected{
      {"count", StatKind::count}, {"sum", StatKind::sum},   {"mean", StatKind::mean},   {"median", StatKind::median},
      {"min", StatKind::min},     {"max", StatKind::max},   {"sd", StatKind::sd},       {"var", StatKind::var},
      {"q1", StatKind::q1},       {"q3", StatKind::q3},     {"iqr", StatKind::iqr},     {"mode", StatKind::mode},
      {"skew", StatKind::skew},   {"kurt", StatKind::kurt}, {"pNN", StatKind::quantile}};
  std::map<std::string, StatKind> catalogue;
  for (const auto& info : coopstat::stat_catalogue()) catalogue.emplace(std::string(info.name), info.kind);
  CHECK(catalogue == expected);

  for (const auto& [name, kind] : expected) {
    if (kind == StatKind::quantile) continue;
    CAPTURE(name);
    const auto parsed = parse_stat(name);
    CHECK(parsed.kind == kind);
    CHECK(parsed.name == name);
  }
}

TEST_CASE("stats: parse_stat reads percentiles pNN as probabilities") {
  const std::map<std::string, double> expected{{"p0", 0.0},  {"p05", 0.05}, {"p5", 0.05},
                                               {"p50", 0.5}, {"p90", 0.9},  {"p100", 1.0}};
  for (const auto& [name, probability] : expected) {
    CAPTURE(name);
    const auto parsed = parse_stat(name);
    CHECK(parsed.kind == StatKind::quantile);
    CHECK(parsed.probability == probability);  // NN / 100 is correctly rounded, so exactly the literal
    CHECK(parsed.name == name);
  }
}

TEST_CASE("stats: parse_stat rejects unknown names with a usage error and a suggestion") {
  const std::string meen = parse_stat_error("meen");
  CHECK(meen.starts_with("unknown statistic \"meen\""));
  CHECK(suggested(meen) == "mean");                          // 1 substitution
  CHECK(suggested(parse_stat_error("medain")) == "median");  // 1 swap (mean is 2 deletions away)
  CHECK(suggested(parse_stat_error("average")) == "");       // nothing close

  // Percentiles are p followed by 0 to 100 written in digits.
  // "p-0" must be rejected like "p-5" (from_chars alone would read "-0" as 0).
  for (const std::string name : {"p101", "p", "px", "p-5", "p-0", "p+5", "p1000", "p9x", "p 5", "P90", "pNN", ""}) {
    CAPTURE(name);
    CHECK_THROWS_AS(parse_stat(name), coopstat::Error);
  }
}

// --------------------------------------------------------------------------------------- Accumulator

TEST_CASE("stats: every statistic of a small set, worked by hand") {
  // {2, 4, 4, 4, 5, 5, 7, 9}: n 8, sum 40, mean 5.
  // Deviations -3 -1 -1 -1 0 0 2 4: squares sum to 32, cubes to 42, fourth powers to 356.
  // Sample var 32/7; population moments m2 = 4, m3 = 5.25, m4 = 44.5.
  // Skew 5.25 / 4^1.5 = 0.65625; kurt 44.5 / 16 - 3 = -0.21875.
  // Quantile positions (n - 1) p = 7 p: median 3.5 → 4.5; q1 1.75 → 4; q3 5.25 → 5 + 0.25 × 2 = 5.5;
  // p90 6.3 → 7 + 0.3 × 2 = 7.6. Mode 4 (three times).
  const Accumulator set = accumulate({2, 4, 4, 4, 5, 5, 7, 9});
  CHECK(set.count() == 8);
  CHECK(defined(set, "count") == 8);
  CHECK(defined(set, "sum") == 40);
  CHECK(set.sum().integer() == 40);
  CHECK(defined(set, "mean") == near(5));
  CHECK(defined(set, "median") == 4.5);
  CHECK(defined(set, "min") == 2);
  CHECK(defined(set, "max") == 9);
  CHECK(defined(set, "var") == near(32.0 / 7));
  CHECK(defined(set, "sd") == near(std::sqrt(32.0 / 7)));
  CHECK(defined(set, "q1") == 4);
  CHECK(defined(set, "q3") == 5.5);
  CHECK(defined(set, "iqr") == 1.5);
  CHECK(defined(set, "p90") == near(7.6));
  CHECK(defined(set, "p0") == 2);
  CHECK(defined(set, "p100") == 9);
  CHECK(defined(set, "mode") == 4);
  CHECK(defined(set, "skew") == near(0.65625));
  CHECK(defined(set, "kurt") == near(-0.21875));
}

TEST_CASE("stats: statistics do not depend on the order values come in") {
  // The set above, shuffled: the same answers.
  const Accumulator set = accumulate({9, 4, 2, 5, 4, 7, 4, 5});
  CHECK(defined(set, "median") == 4.5);
  CHECK(defined(set, "q1") == 4);
  CHECK(defined(set, "q3") == 5.5);
  CHECK(defined(set, "min") == 2);
  CHECK(defined(set, "max") == 9);
  CHECK(defined(set, "mode") == 4);
  CHECK(defined(set, "var") == near(32.0 / 7));
  CHECK(defined(set, "skew") == near(0.65625));
  CHECK(defined(set, "kurt") == near(-0.21875));
}

TEST_CASE("stats: values added after a quantile was read are still ordered") {
  Accumulator set = accumulate({3, 1});
  CHECK(defined(set, "median") == 2);  // {1, 3}
  set.add(2);
  CHECK(defined(set, "median") == 2);  // {1, 2, 3}
  set.add(0);
  CHECK(defined(set, "median") == 1.5);  // {0, 1, 2, 3}: position 1.5
  CHECK(defined(set, "min") == 0);
  CHECK(defined(set, "q3") == 2.25);  // position 2.25: 2 + 0.25 × 1
}

TEST_CASE("stats: negative and decimal values") {
  // {-1.5, 0.5, 2.5, -3.5}, sorted -3.5 -1.5 0.5 2.5: sum -2, mean -0.5.
  // Deviations -3 -1 1 3: squares 20 → sample var 20/3, m2 = 5; cubes 0 → skew 0; fourth 164 → m4 = 41,
  // kurt 41/25 - 3 = -1.36. Positions 3 p: median 1.5 → -0.5; q1 0.75 → -2; q3 2.25 → 1; iqr 3.
  // Every value once: the mode is the smallest, -3.5.
  const Accumulator set = accumulate({-1.5, 0.5, 2.5, -3.5});
  CHECK(defined(set, "sum") == -2);
  CHECK_FALSE(set.sum().whole());
  CHECK(defined(set, "mean") == near(-0.5));
  CHECK(defined(set, "median") == -0.5);
  CHECK(defined(set, "min") == -3.5);
  CHECK(defined(set, "max") == 2.5);
  CHECK(defined(set, "var") == near(20.0 / 3));
  CHECK(defined(set, "sd") == near(std::sqrt(20.0 / 3)));
  CHECK(defined(set, "q1") == -2);
  CHECK(defined(set, "q3") == 1);
  CHECK(defined(set, "iqr") == 3);
  CHECK(defined(set, "mode") == -3.5);
  CHECK(defined(set, "skew") == near(0));
  CHECK(defined(set, "kurt") == near(-1.36));
}

TEST_CASE("stats: the mode is the most frequent value, the smallest on a tie") {
  CHECK(defined(accumulate({3, 1, 3, 1, 2}), "mode") == 1);    // 1 and 3 twice each
  CHECK(defined(accumulate({5, 3, 8}), "mode") == 3);          // all once
  CHECK(defined(accumulate({0, -2, 0, -2, 0}), "mode") == 0);  // 0 three times beats -2 twice
  CHECK(defined(accumulate({0.25, 7, 0.25}), "mode") == 0.25);
}

TEST_CASE("stats: zeros and constant values have no spread, so no skew or kurt") {
  // {0, 0, 0, 0}: everything 0, var 0 (defined: n ≥ 2), skew and kurt divide by m2 = 0.
  const Accumulator zeros = accumulate({0, 0, 0, 0});
  for (const std::string name :
       {"sum", "mean", "median", "min", "max", "var", "sd", "q1", "q3", "iqr", "mode", "p90"}) {
    CAPTURE(name);
    CHECK(defined(zeros, name) == 0);
  }
  CHECK_FALSE(stat(zeros, "skew").has_value());
  CHECK_FALSE(stat(zeros, "kurt").has_value());

  // {2.5, 2.5, 2.5}: a decimal constant.
  const Accumulator constant = accumulate({2.5, 2.5, 2.5});
  CHECK(defined(constant, "mean") == 2.5);
  CHECK(defined(constant, "var") == 0);
  CHECK(defined(constant, "sd") == 0);
  CHECK(defined(constant, "iqr") == 0);
  CHECK_FALSE(stat(constant, "skew").has_value());
  CHECK_FALSE(stat(constant, "kurt").has_value());
}

TEST_CASE("stats: one value is its own median; sd, var, skew and kurt are empty") {
  const Accumulator one = accumulate({7});
  CHECK(defined(one, "count") == 1);
  for (const std::string name : {"sum", "mean", "median", "min", "max", "q1", "q3", "p05", "p100", "mode"}) {
    CAPTURE(name);
    CHECK(defined(one, name) == 7);
  }
  CHECK(defined(one, "iqr") == 0);
  for (const std::string name : {"sd", "var", "skew", "kurt"}) {
    CAPTURE(name);
    CHECK_FALSE(stat(one, name).has_value());
  }
}

TEST_CASE("stats: no values: count 0 and sum 0, everything else empty") {
  const Accumulator none;
  CHECK(none.count() == 0);
  CHECK(defined(none, "count") == 0);
  CHECK(defined(none, "sum") == 0);
  for (const std::string name :
       {"mean", "median", "min", "max", "sd", "var", "q1", "q3", "iqr", "p50", "mode", "skew", "kurt"}) {
    CAPTURE(name);
    CHECK_FALSE(stat(none, name).has_value());
  }
}

namespace {

// Skew and kurt of `values` moved by `shift`, against hand-computed values for the unshifted set.
void check_shape(std::vector<double> values, double shift, double skew, double kurt, double epsilon = 1e-12) {
  CAPTURE(shift);
  for (double& value : values) value += shift;
  const Accumulator set = accumulate(values);
  CHECK(defined(set, "skew") == doctest::Approx(skew).epsilon(epsilon).scale(1));
  CHECK(defined(set, "kurt") == doctest::Approx(kurt).epsilon(epsilon).scale(1));
}

}  // namespace

// Boost's skewness and kurtosis use raw moments (E[x³] - 3 E[x²] mean + 2 mean³), which cancel catastrophically when
// the mean is large next to the spread, unless the values are shifted first (docs/statistics.md).
TEST_CASE("stats: skew and kurt are unchanged when every value is shifted") {
  // {1, 2, 3, 10}: mean 4, deviations -3 -2 -1 6. Squares 50 → m2 = 12.5, sample var 50/3;
  // cubes 180 → m3 = 45, skew 45 / 12.5^1.5 = 1.0182337649...; fourth 1394 → m4 = 348.5,
  // kurt 348.5 / 156.25 - 3 = -0.7696. Unshifted raw moments gave skew 0, kurt -3435976.8 at 1e6.
  for (const double shift : {0.0, 1e6}) {
    check_shape({1, 2, 3, 10}, shift, 45 / std::pow(12.5, 1.5), -0.7696);
    CHECK(defined(accumulate({shift + 1, shift + 2, shift + 3, shift + 10}), "var") == near(50.0 / 3));
  }

  // {0, 0, 0, 1}: mean 1/4, deviations -1/4 (three times) and 3/4: m2 = 3/16, m3 = 3/32, m4 = 21/256.
  // Skew (3/32) / (3/16)^1.5 = 2/√3; kurt (21/256) / (9/256) - 3 = -2/3.
  // Unshifted raw moments gave both empty at 1e8, as if the values had no spread.
  for (const double shift : {0.0, 1e8}) check_shape({0, 0, 0, 1}, shift, 2 / std::sqrt(3.0), -2.0 / 3);

  // Amounts around 1000 with cents: {1000.1, 1000.2, 1000.1, 1000.3}, mean 1000.175. In units of 0.025 the
  // deviations are -3 1 -3 5: squares 44 → m2 = 11; cubes 72 → m3 = 18; fourth 788 → m4 = 197.
  // Skew 18 / 11^1.5 = 0.4933822002...; kurt 197 / 121 - 3 = -1.3719008264... (unshifted: 0.49353, -3).
  // 1000.1 and the others are not exact in binary, hence the looser epsilon.
  check_shape({0.1, 0.2, 0.1, 0.3}, 1000, 18 / std::pow(11, 1.5), 197.0 / 121 - 3, 1e-9);
}

// -------------------------------------------------------------------------------- Randomized check

namespace {

// The statistics the randomized test compares, with quantiles at the ends, in between and off the grid.
const std::vector<std::string> kCheckedStats{"count", "sum",  "mean", "median", "min", "max", "sd",  "var", "q1",  "q3",
                                             "iqr",   "mode", "skew", "kurt",   "p0",  "p05", "p37", "p90", "p100"};

// R type 7 on a sorted copy, written as a weighted mean of the two neighbours.
double reference_quantile(const std::vector<double>& sorted, double probability) {
  const double position = probability * static_cast<double>(sorted.size() - 1);
  const auto low = static_cast<std::size_t>(position);
  const std::size_t high = std::min(low + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(low);
  return (1 - fraction) * sorted[low] + fraction * sorted[high];
}

double reference_mode(const std::vector<double>& values) {
  std::map<double, int> frequency;
  for (const double value : values) ++frequency[value];
  auto best = frequency.begin();  // the map is ascending, so strict > keeps the smallest on a tie
  for (auto it = frequency.begin(); it != frequency.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

// Population central moment Σ (x - mean)^k / n.
double central_moment(const std::vector<double>& values, double mean, int k) {
  double total = 0;
  for (const double value : values) total += std::pow(value - mean, k);
  return total / static_cast<double>(values.size());
}

// The quantiles among kCheckedStats and their probabilities.
const std::vector<std::pair<std::string, double>> kQuantiles{{"median", 0.5}, {"q1", 0.25},  {"q3", 0.75}, {"p0", 0},
                                                             {"p05", 0.05},   {"p37", 0.37}, {"p90", 0.9}, {"p100", 1}};

// Every statistic computed the plain way: sort, two-pass mean and variance, direct moment sums.
std::map<std::string, std::optional<double>> reference_stats(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const auto n = static_cast<double>(values.size());
  double total = 0;
  for (const double value : values) total += value;
  const double mean = total / n;
  const double m2 = central_moment(values, mean, 2);

  std::map<std::string, std::optional<double>> stats;
  stats["count"] = n;
  stats["sum"] = total;
  stats["mean"] = mean;
  stats["min"] = values.front();
  stats["max"] = values.back();
  stats["mode"] = reference_mode(values);
  for (const auto& [name, probability] : kQuantiles) stats[name] = reference_quantile(values, probability);
  stats["iqr"] = *stats["q3"] - *stats["q1"];
  // Undefined: sd and var of one value; skew and kurt without spread (all values equal).
  stats["var"] = values.size() >= 2 ? std::optional(m2 * n / (n - 1)) : std::nullopt;
  stats["sd"] = values.size() >= 2 ? std::optional(std::sqrt(m2 * n / (n - 1))) : std::nullopt;
  const bool spread = values.front() != values.back();
  stats["skew"] = spread ? std::optional(central_moment(values, mean, 3) / std::pow(m2, 1.5)) : std::nullopt;
  stats["kurt"] = spread ? std::optional(central_moment(values, mean, 4) / (m2 * m2) - 3) : std::nullopt;
  return stats;
}

// A group of 1 to 50 values of one of several shapes seen in real data.
std::vector<double> random_group(std::mt19937& random) {
  const auto uniform = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  const int size = uniform(1, 50);
  const int shape = uniform(0, 4);
  const int level = uniform(100, 10000);
  const std::vector<double> pool{-2.75, 0.5, 1.25, 3, 10};
  std::vector<double> values;
  for (int i = 0; i < size; ++i) {
    switch (shape) {
      case 0: values.push_back(uniform(0, 20)); break;                  // small whole counts, many repeats
      case 1: values.push_back(uniform(-50000, 50000) / 100.0); break;  // decimals with cents, both signs
      case 2: values.push_back(uniform(-50, 50)); break;                // whole, both signs
      case 3: values.push_back(pool[static_cast<std::size_t>(uniform(0, 4))]); break;  // few distinct decimals
      default: values.push_back(level + uniform(0, 20)); break;                        // a large level, a small spread
    }
  }
  return values;
}

bool same(std::optional<double> actual, std::optional<double> expected) {
  if (!actual || !expected) return actual.has_value() == expected.has_value();
  return *actual == doctest::Approx(*expected).epsilon(1e-9).scale(1);
}

std::string show(const std::optional<double>& value) {
  return value ? fmt::format("{}", *value) : std::string("empty");
}

}  // namespace

TEST_CASE("stats: every statistic agrees with a straightforward computation on random groups") {
  std::mt19937 random(20240611);
  // Per statistic: how many groups disagreed, and the first of them.
  std::map<std::string, int> mismatches;
  std::map<std::string, std::string> first_mismatch;
  for (int group = 0; group < 300; ++group) {
    const std::vector<double> values = random_group(random);
    const Accumulator accumulator = accumulate(values);
    const auto expected = reference_stats(values);
    for (const std::string& name : kCheckedStats) {
      const auto actual = stat(accumulator, name);
      if (same(actual, expected.at(name))) continue;
      if (mismatches[name]++ == 0)
        first_mismatch[name] =
            fmt::format("{{{}}}: got {}, expected {}", fmt::join(values, ", "), show(actual), show(expected.at(name)));
    }
  }
  for (const std::string& name : kCheckedStats) {
    CAPTURE(name);
    CHECK_MESSAGE(mismatches[name] == 0, first_mismatch[name]);
  }
}

// ------------------------------------------------------------------------- what an Accumulator keeps

TEST_CASE("stats: an accumulator that keeps nothing more still counts, sums and averages") {
  const Accumulator set = accumulate_keeping({}, {2, 4, 4, 4, 5, 5, 7, 9.5});
  CHECK(set.count() == 8);
  CHECK(defined(set, "count") == 8);
  CHECK(defined(set, "sum") == 40.5);
  CHECK(defined(set, "mean") == 40.5 / 8);
  CHECK_FALSE(set.sum().whole());
  const Accumulator none(coopstat::StatNeeds{});
  CHECK(defined(none, "count") == 0);
  CHECK(defined(none, "sum") == 0);
  CHECK_FALSE(stat(none, "mean").has_value());
}

TEST_CASE("stats: an accumulator that keeps the values gives the order statistics") {
  const Accumulator set = accumulate_keeping({.values = true}, {9, 4, 2, 5, 4, 7, 4, 5});
  CHECK(defined(set, "median") == 4.5);
  CHECK(defined(set, "min") == 2);
  CHECK(defined(set, "max") == 9);
  CHECK(defined(set, "q1") == 4);
  CHECK(defined(set, "q3") == 5.5);
  CHECK(defined(set, "iqr") == 1.5);
  CHECK(defined(set, "p90") == near(7.6));
  CHECK(defined(set, "mode") == 4);
  CHECK(defined(set, "mean") == 5);
}

TEST_CASE("stats: an accumulator that keeps the moments gives var, sd, skew and kurt") {
  const Accumulator set = accumulate_keeping({.moments = true}, {2, 4, 4, 4, 5, 5, 7, 9});
  CHECK(defined(set, "var") == near(32.0 / 7));
  CHECK(defined(set, "sd") == near(std::sqrt(32.0 / 7)));
  CHECK(defined(set, "skew") == near(0.65625));
  CHECK(defined(set, "kurt") == near(-0.21875));
  CHECK(defined(set, "mean") == 5);
}

TEST_CASE("stats: reading a statistic the accumulator was not made for is a programming error") {
  const std::vector<double> values{1, 2, 3};
  const Accumulator nothing_more = accumulate_keeping({}, values);
  for (const std::string name :
       {"median", "min", "max", "q1", "q3", "iqr", "p90", "mode", "var", "sd", "skew", "kurt"}) {
    CAPTURE(name);
    CHECK_THROWS_AS(stat(nothing_more, name), std::logic_error);
  }
  CHECK_THROWS_AS(stat(accumulate_keeping({.moments = true}, values), "median"), std::logic_error);
  CHECK_THROWS_AS(stat(accumulate_keeping({.values = true}, values), "sd"), std::logic_error);
  // Even with no values, where the answer would be empty anyway.
  CHECK_THROWS_AS(stat(Accumulator(coopstat::StatNeeds{}), "median"), std::logic_error);
}

TEST_CASE("stats: each statistic is the same from an accumulator keeping only what it needs") {
  std::mt19937 random(20261130);
  for (int group = 0; group < 100; ++group) {
    const std::vector<double> values = random_group(random);
    const Accumulator everything = accumulate(values);
    for (const std::string& name : kCheckedStats) {
      CAPTURE(name);
      const Accumulator just_enough = accumulate_keeping(coopstat::needs_of(parse_stat(name).kind), values);
      const auto expected = stat(everything, name);
      const auto actual = stat(just_enough, name);
      REQUIRE(actual.has_value() == expected.has_value());
      if (expected) CHECK(std::bit_cast<std::uint64_t>(*actual) == std::bit_cast<std::uint64_t>(*expected));
    }
  }
}
