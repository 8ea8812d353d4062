#include "coopstat/count_column.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "test_support.hpp"

using coopstat::CountColumn;
using coopstat::testing::counts_of;

namespace {

CountColumn column_of(const std::vector<double>& counts) {
  CountColumn column;
  for (const double count : counts) column.push_back(count);
  return column;
}

}  // namespace

TEST_CASE("count column: empty, then whole numbers to the ends of 32 bits") {
  CountColumn column;
  CHECK(column.size() == 0);
  CHECK(column.whole());
  column = column_of({1, -2, 0, 2147483647, -2147483648.0});
  CHECK(counts_of(column) == std::vector<double>{1, -2, 0, 2147483647, -2147483648.0});
  CHECK(column.whole());
}

TEST_CASE("count column: a decimal count keeps the counts before it exactly") {
  const CountColumn column = column_of({3, -7, 1.5, 4});
  CHECK(counts_of(column) == std::vector<double>{3, -7, 1.5, 4});
  CHECK_FALSE(column.whole());
}

TEST_CASE("count column: whole counts beyond 32 bits are kept exactly and stay whole") {
  const CountColumn column = column_of({1, 3e9, -2147483649.0, 9007199254740992.0, 2});
  CHECK(counts_of(column) == std::vector<double>{1, 3e9, -2147483649.0, 9007199254740992.0, 2});
  CHECK(column.whole());
}

TEST_CASE("count column: negative zero keeps its sign") {
  const CountColumn column = column_of({-0.0, 0});
  CHECK(std::signbit(column[0]));
  CHECK_FALSE(std::signbit(column[1]));
}

TEST_CASE("count column: appending whole and decimal columns either way") {
  CountColumn whole = column_of({1, 2});
  CountColumn decimal = column_of({0.5, 3});
  whole.append(std::move(decimal));
  CHECK(counts_of(whole) == std::vector<double>{1, 2, 0.5, 3});
  CHECK_FALSE(whole.whole());
  CHECK(decimal.size() == 0);

  CountColumn first_decimal = column_of({0.25});
  first_decimal.append(column_of({4, 5}));
  CHECK(counts_of(first_decimal) == std::vector<double>{0.25, 4, 5});
  CHECK_FALSE(first_decimal.whole());

  CountColumn both_whole = column_of({1});
  both_whole.append(column_of({3e9, 2}));
  CHECK(counts_of(both_whole) == std::vector<double>{1, 3e9, 2});
  CHECK(both_whole.whole());

  CountColumn both_decimal = column_of({0.5});
  both_decimal.append(column_of({1.5}));
  CHECK(counts_of(both_decimal) == std::vector<double>{0.5, 1.5});
}

TEST_CASE("count column: keeping rows drops the rest, and the decimals dropped no longer count") {
  CountColumn whole = column_of({1, 2, 3});
  whole.keep_rows({false, true, true});
  CHECK(counts_of(whole) == std::vector<double>{2, 3});

  CountColumn decimal = column_of({1, 0.5, 3e9});
  decimal.keep_rows({true, false, true});
  CHECK(counts_of(decimal) == std::vector<double>{1, 3e9});
  CHECK(decimal.whole());
  decimal.push_back(0.5);
  CHECK_FALSE(decimal.whole());
}
