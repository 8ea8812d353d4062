#include "coopstat/text.hpp"

#include <doctest/doctest.h>

using coopstat::number_runs;

TEST_CASE("text: numbers written as runs") {
  CHECK(number_runs({}).empty());
  CHECK(number_runs({7}) == "7");
  CHECK(number_runs({1981, 1989, 1990, 1991}) == "1981, 1989–1991");
  CHECK(number_runs({1, 2, 4, 6, 7}) == "1–2, 4, 6–7");
}
