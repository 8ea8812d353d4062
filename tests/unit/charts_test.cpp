#include "charts.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <vector>

using namespace coopstat;

TEST_CASE("charts: sparklines scale from the minimum to the maximum") {
  CHECK(sparkline(std::vector<double>{0, 7}) == "▁█");
  CHECK(sparkline(std::vector<double>{9, 4, 0, 7}) == "█▄▁▆");  // 4/9·7 = 3.1 → ▄, 7/9·7 = 5.4 → ▆
  CHECK(sparkline(std::vector<double>{3, 3}) == "▁▁");
  CHECK(sparkline(std::vector<double>{}).empty());
}

TEST_CASE("charts: a gap in a sparkline is a space, and the scale is of the values there are") {
  CHECK(sparkline(std::vector<std::optional<double>>{0, std::nullopt, 7}) == "▁ █");
  CHECK(sparkline(std::vector<std::optional<double>>{std::nullopt, 9, 4, std::nullopt, 0, 7}) == " █▄ ▁▆");
  CHECK(sparkline(std::vector<std::optional<double>>{std::nullopt}) == " ");
}

TEST_CASE("charts: bars are drawn in eighths of a character") {
  CHECK(bar(1, 4) == "████");
  CHECK(bar(0.5, 4) == "██");
  CHECK(bar(0.25 / 4, 4) == "▎");       // a quarter of a character: 2 eighths
  CHECK(bar(0.53846, 10) == "█████▍");  // 43.08 eighths → 43 = 5 whole + 3 eighths
  CHECK(bar(0, 10).empty());
  CHECK(bar(-1, 10).empty());
  CHECK(bar(2, 3) == "███");
}
