#include "line_index.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "test_support.hpp"

using coopstat::LineIndex;
using coopstat::testing::lines_of;

namespace {

LineIndex index_of(const std::vector<std::uint32_t>& lines) {
  LineIndex index;
  for (const std::uint32_t line : lines) index.push_back(line);
  return index;
}

}  // namespace

TEST_CASE("line index: empty, then one row") {
  LineIndex index;
  CHECK(index.size() == 0);
  index.push_back(7);
  CHECK(index.size() == 1);
  CHECK(index[0] == 7);
}

TEST_CASE("line index: runs broken by gaps and by rows on the same line read back as added") {
  const LineIndex index = index_of({2, 3, 4, 6, 7, 7, 8, 3});
  CHECK(index.size() == 8);
  CHECK(lines_of(index) == std::vector<std::uint32_t>{2, 3, 4, 6, 7, 7, 8, 3});
  CHECK(index[4] == 7);
  CHECK(index[5] == 7);
}

TEST_CASE("line index: the last line a 32-bit line holds does not run on into line 0") {
  const LineIndex index = index_of({UINT32_MAX - 1, UINT32_MAX, 0, 1});
  CHECK(lines_of(index) == std::vector<std::uint32_t>{UINT32_MAX - 1, UINT32_MAX, 0, 1});
}

TEST_CASE("line index: keeping rows drops the middle of a run") {
  LineIndex index = index_of({2, 3, 4, 5, 6, 9});
  index.keep_rows({true, true, false, true, true, true});
  CHECK(lines_of(index) == std::vector<std::uint32_t>{2, 3, 5, 6, 9});
  index.push_back(10);
  CHECK(lines_of(index) == std::vector<std::uint32_t>{2, 3, 5, 6, 9, 10});
  index.keep_rows(std::vector<bool>(6, false));
  CHECK(index.size() == 0);
}

TEST_CASE("line index: appending continues the last run or starts new ones, and frees the appended index") {
  LineIndex first = index_of({2, 3});
  LineIndex second = index_of({4, 5, 9, 9});
  first.append(std::move(second));
  CHECK(lines_of(first) == std::vector<std::uint32_t>{2, 3, 4, 5, 9, 9});
  CHECK(second.size() == 0);

  LineIndex empty;
  LineIndex third = index_of({2, 3});
  empty.append(std::move(third));
  CHECK(lines_of(empty) == std::vector<std::uint32_t>{2, 3});
  empty.append(LineIndex());
  CHECK(empty.size() == 2);
}
