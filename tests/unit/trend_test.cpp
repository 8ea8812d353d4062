#include "coopstat/trend.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace coopstat;

namespace {

// A series over consecutive years from `first_year`.
YearSeries consecutive(int first_year, std::vector<double> values) {
  YearSeries series;
  for (std::size_t i = 0; i < values.size(); ++i) series.years.push_back(first_year + static_cast<int>(i));
  series.values = std::move(values);
  return series;
}

// A series counted from year 0, for the statistics that only see the years' distances.
YearSeries from_zero(std::vector<double> values) { return consecutive(0, std::move(values)); }

TrendStats stats_of(int first_year, std::vector<double> values) {
  return trend_of(consecutive(first_year, std::move(values)));
}

}  // namespace

TEST_CASE("trend: least squares on the years counted from the first") {
  // 1, 3, 5 lie on v = 1 + 2x exactly.
  const auto exact = least_squares(from_zero({1, 3, 5}));
  REQUIRE(exact);
  CHECK(exact->slope == doctest::Approx(2));
  CHECK(exact->intercept == doctest::Approx(1));
  CHECK(*exact->r_squared == doctest::Approx(1));
  // 9, 4, 0, 7: x̄ = 1.5, ȳ = 5, Sxy = −5, Sxx = 5, Syy = 46 → slope −1, intercept 6.5, R² = 25 / 230.
  const auto fit = least_squares(from_zero({9, 4, 0, 7}));
  CHECK(fit->slope == doctest::Approx(-1));
  CHECK(fit->intercept == doctest::Approx(6.5));
  CHECK(*fit->r_squared == doctest::Approx(25.0 / 230));
}

TEST_CASE("trend: least squares of a constant series has no R², of one value nothing") {
  const auto flat = least_squares(from_zero({3, 3, 3}));
  CHECK(flat->slope == 0);
  CHECK(flat->intercept == 3);
  CHECK_FALSE(flat->r_squared);
  CHECK_FALSE(least_squares(from_zero({3})));
}

TEST_CASE("trend: Sen's slope is the median of the pairwise slopes") {
  // 2, 4, 3, 6: slopes 2, 0.5, 4/3, −1, 1, 3 → sorted −1, 0.5, 1, 4/3, 2, 3 → median (1 + 4/3) / 2.
  CHECK(*sen_slope(from_zero({2, 4, 3, 6})) == doctest::Approx(7.0 / 6));
  // 9, 4, 0, 7: slopes −5, −4.5, −2/3, −4, 1.5, 7 → median (−4 − 2/3) / 2.
  CHECK(*sen_slope(from_zero({9, 4, 0, 7})) == doctest::Approx(-7.0 / 3));
  // An outlier moves least squares but not Sen: 1, 2, 3, 4, 100 → pairwise slopes of the first four are 1.
  CHECK(*sen_slope(from_zero({1, 2, 3, 4, 100})) == doctest::Approx(1));
  CHECK(*sen_slope(from_zero({5, 8})) == 3);
  CHECK_FALSE(sen_slope(from_zero({5})));
}

TEST_CASE("trend: Mann–Kendall without ties") {
  // 1…5: every pair rises, S = 10; Var = 5·4·15 / 18 = 16.667; Z = 9 / √16.667 = 2.2045; p = 0.02749.
  const auto test = mann_kendall(std::vector<double>{1, 2, 3, 4, 5});
  REQUIRE(test);
  CHECK(test->s == 10);
  CHECK(test->variance == doctest::Approx(250.0 / 15));
  CHECK(*test->z == doctest::Approx(2.2045407685));
  CHECK(*test->p == doctest::Approx(0.0274863361));
}

TEST_CASE("trend: Mann–Kendall with ties corrects the variance") {
  // 1, 2, 2, 3: five rising pairs, one tie, S = 5; Var = (4·3·13 − 2·1·9) / 18 = 138 / 18; Z = 4 / √7.667.
  const auto pair_tie = mann_kendall(std::vector<double>{1, 2, 2, 3});
  CHECK(pair_tie->s == 5);
  CHECK(pair_tie->variance == doctest::Approx(138.0 / 18));
  CHECK(*pair_tie->z == doctest::Approx(1.4446302370));
  CHECK(*pair_tie->p == doctest::Approx(0.1485617749));
  // 10, 9, 8, 8, 8, 7, 5: 21 pairs, 3 tied among the 8s, the rest falling: S = −18;
  // Var = (7·6·19 − 3·2·11) / 18 = 732 / 18; Z = (−18 + 1) / √40.667 = −2.6658; p = 0.00768.
  const auto triple_tie = mann_kendall(std::vector<double>{10, 9, 8, 8, 8, 7, 5});
  CHECK(triple_tie->s == -18);
  CHECK(triple_tie->variance == doctest::Approx(732.0 / 18));
  CHECK(*triple_tie->z == doctest::Approx(-2.6658127048));
  CHECK(*triple_tie->p == doctest::Approx(0.0076802468));
}

TEST_CASE("trend: Mann–Kendall of a constant series has no Z, and needs three values") {
  const auto flat = mann_kendall(std::vector<double>{4, 4, 4, 4});
  CHECK(flat->s == 0);
  CHECK(flat->variance == 0);
  CHECK_FALSE(flat->z);
  CHECK_FALSE(flat->p);
  CHECK_FALSE(mann_kendall(std::vector<double>{1, 2}));
  // S = 0 with spread: Z = 0, p = 1.
  const auto none = mann_kendall(std::vector<double>{1, 3, 2});
  CHECK(none->s == 1);  // +1 +1 −1
  CHECK(*mann_kendall(std::vector<double>{2, 1, 1, 2})->z == 0);
}

TEST_CASE("trend: the normal p-value") {
  CHECK(two_sided_p(0) == doctest::Approx(1));
  CHECK(two_sided_p(1.959963985) == doctest::Approx(0.05));
  CHECK(two_sided_p(-1.959963985) == doctest::Approx(0.05));
  CHECK(two_sided_p(2.575829304) == doctest::Approx(0.01));
}

TEST_CASE("trend: growth from the first to the last year") {
  // 9, 4, 0, 7 from 2018: change −2, −22.2 %, CAGR (7/9)^(1/3) − 1, mean 5, peak 2018.
  const TrendStats s = stats_of(2018, {9, 4, 0, 7});
  CHECK(*s.change == -2);
  CHECK(*s.change_pct == doctest::Approx(-200.0 / 9));
  CHECK(*s.cagr_pct == doctest::Approx((std::pow(7.0 / 9, 1.0 / 3) - 1) * 100));
  CHECK(s.mean == 5);
  CHECK(s.peak_year == 2018);
}

TEST_CASE("trend: a zero first year leaves % change and CAGR empty") {
  const TrendStats s = stats_of(2018, {0, 0, 0, 5});
  CHECK(*s.change == 5);
  CHECK_FALSE(s.change_pct);
  CHECK_FALSE(s.cagr_pct);
  CHECK(s.peak_year == 2021);
}

TEST_CASE("trend: falling to zero is a CAGR of −100 %, a negative end has none") {
  CHECK(*stats_of(2018, {2, 4, 0, 0}).cagr_pct == doctest::Approx(-100));
  CHECK_FALSE(stats_of(2018, {2, -1}).cagr_pct);
}

TEST_CASE("trend: one year has only its mean and peak") {
  const TrendStats s = stats_of(2022, {25});
  CHECK(s.mean == 25);
  CHECK(s.peak_year == 2022);
  CHECK_FALSE(s.change);
  CHECK_FALSE(s.least_squares);
  CHECK_FALSE(s.sen_slope);
  CHECK_FALSE(s.mann_kendall);
  CHECK(trend_direction(s, 0.05).empty());
}

TEST_CASE("trend: the peak is the earliest of equal maxima") { CHECK(stats_of(2000, {1, 5, 2, 5}).peak_year == 2001); }

TEST_CASE("trend: the direction label follows the test at alpha") {
  const TrendStats rising = stats_of(2000, {1, 2, 3, 4, 5});  // p = 0.0275
  CHECK(trend_direction(rising, 0.05) == "rising");
  CHECK(trend_direction(rising, 0.01) == "no clear trend");
  CHECK(trend_direction(stats_of(2000, {10, 9, 8, 8, 8, 7, 5}), 0.05) == "falling");
  CHECK(trend_direction(stats_of(2000, {4, 4, 4}), 0.05) == "no clear trend");
}

TEST_CASE("trend: least squares on the real years of a series with gaps") {
  // 2003, 2005, 2009 with 10, 14, 22 lie on v = 10 + 2 (year − 2003): 2 a year, not 4 a step.
  const auto odd = least_squares({{2003, 2005, 2009}, {10, 14, 22}});
  REQUIRE(odd);
  CHECK(odd->slope == doctest::Approx(2));
  CHECK(odd->intercept == doctest::Approx(10));
  CHECK(*odd->r_squared == doctest::Approx(1));
  // 2000, 2001, 2004 with 1, 3, 2: x = 0, 1, 4, x̄ = 5/3, ȳ = 2; Sxy = 5/3 − 2/3 + 0 = 1, Sxx = 78/9, Syy = 2
  // → slope 3/26, intercept 2 − (3/26)(5/3) = 47/26, R² = 1 / (78/9 · 2) = 3/52.
  const auto fit = least_squares({{2000, 2001, 2004}, {1, 3, 2}});
  CHECK(fit->slope == doctest::Approx(3.0 / 26));
  CHECK(fit->intercept == doctest::Approx(47.0 / 26));
  CHECK(*fit->r_squared == doctest::Approx(3.0 / 52));
}

TEST_CASE("trend: Sen's slope divides by the years between two values, across gaps") {
  // 2000, 2001, 2004 with 1, 3, 2: slopes 2/1, 1/4, −1/3 → median 1/4.
  CHECK(*sen_slope({{2000, 2001, 2004}, {1, 3, 2}}) == doctest::Approx(0.25));
  CHECK(*sen_slope({{2003, 2005, 2009}, {10, 14, 22}}) == doctest::Approx(2));
}

TEST_CASE("trend: a series with gaps uses its observed years only") {
  // Every other year, 2003 to 2011: 10, 14, 18, 22, 26.
  const TrendStats s = trend_of({{2003, 2005, 2007, 2009, 2011}, {10, 14, 18, 22, 26}});
  CHECK(*s.change == 16);
  CHECK(*s.change_pct == doctest::Approx(160));
  // CAGR over the 8 years from 2003 to 2011, not over 4 steps: 2.6^(1/8) − 1 = 12.7 %.
  CHECK(*s.cagr_pct == doctest::Approx((std::pow(2.6, 1.0 / 8) - 1) * 100));
  CHECK(s.mean == 18);
  CHECK(s.peak_year == 2011);
  CHECK(s.least_squares->slope == doctest::Approx(2));
  CHECK(*s.sen_slope == doctest::Approx(2));
  // Mann–Kendall over n = 5 observed values: S = 10, Var = 5·4·15 / 18.
  CHECK(s.mann_kendall->s == 10);
  CHECK(s.mann_kendall->variance == doctest::Approx(300.0 / 18));
}
