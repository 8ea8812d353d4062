#include "coopstat/concentration.hpp"

#include <doctest/doctest.h>

#include <vector>

using coopstat::concentration_of;

TEST_CASE("concentration: one field is fully concentrated") {
  const auto c = concentration_of(std::vector<double>{7});
  CHECK(c.count == 1);
  CHECK(*c.hhi == doctest::Approx(10000));
  CHECK(*c.effective_number == doctest::Approx(1));
  CHECK(*c.top1_share == doctest::Approx(100));
  CHECK(*c.top3_share == doctest::Approx(100));
}

TEST_CASE("concentration: n equal fields give HHI 10,000 / n and an effective number of n") {
  const auto c = concentration_of(std::vector<double>{5, 5, 5, 5});
  CHECK(*c.hhi == doctest::Approx(2500));
  CHECK(*c.effective_number == doctest::Approx(4));
  CHECK(*c.top1_share == doctest::Approx(25));
  CHECK(*c.top3_share == doctest::Approx(75));
}

TEST_CASE("concentration: worked by hand") {
  // 7, 5, 1 of 13: shares 53.846, 38.462, 7.692 %; HHI = 2899.41 + 1479.29 + 59.17 = 4437.87.
  const auto c = concentration_of(std::vector<double>{1, 7, 5});
  CHECK(*c.hhi == doctest::Approx(750000.0 / 169));  // (49 + 25 + 1) / 169 × 10,000
  CHECK(*c.effective_number == doctest::Approx(169.0 / 75));
  CHECK(*c.top1_share == doctest::Approx(700.0 / 13));
  CHECK(*c.top3_share == doctest::Approx(100));
}

TEST_CASE("concentration: zeros count as fields but add no share") {
  const auto c = concentration_of(std::vector<double>{3, 0, 1});
  CHECK(c.count == 3);
  CHECK(*c.hhi == doctest::Approx(75.0 * 75 + 25.0 * 25));
  CHECK(*c.top3_share == doctest::Approx(100));
}

TEST_CASE("concentration: nothing to share is empty") {
  const auto none = concentration_of(std::vector<double>{});
  CHECK(none.count == 0);
  CHECK_FALSE(none.hhi);
  const auto zeros = concentration_of(std::vector<double>{0, 0});
  CHECK(zeros.count == 2);
  CHECK_FALSE(zeros.hhi);
  CHECK_FALSE(zeros.top1_share);
}
