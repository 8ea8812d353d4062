#include "coopstat/row_lines.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "coopstat/table.hpp"
#include "test_support.hpp"

using coopstat::Table;
using coopstat::testing::lines_of;

namespace {

// One source, one partner, rows on `lines`.
Table table_on_lines(const std::vector<std::uint32_t>& lines) {
  Table table;
  table.sources.push_back({"test.csv"});
  table.partners.intern("France");
  table.fields.intern("");
  table.types.intern("");
  for (const std::uint32_t line : lines) table.add_row(0, 2020, 0, 0, 1.0, line);
  return table;
}

}  // namespace

TEST_CASE("row lines: a table's lines follow it when moved, and the table moved from is empty and takes rows again") {
  Table table = table_on_lines({2, 3, 7});
  Table moved(std::move(table));
  CHECK(lines_of(moved.line) == std::vector<std::uint32_t>{2, 3, 7});
  CHECK(table.line.size() == 0);  // a table moved from is empty, not broken
  table.add_row(0, 2021, 0, 0, 1.0, 5);
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{5});
  moved = std::move(table);
  CHECK(lines_of(moved.line) == std::vector<std::uint32_t>{5});
}

TEST_CASE("row lines: kept and appended rows keep their lines") {
  Table table = table_on_lines({2, 3, 4, 9});
  table.keep_rows({true, false, true, true});
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 4, 9});
  table.append(table_on_lines({11, 12}));
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 4, 9, 11, 12});
  Table empty;
  empty.sources.push_back({"test.csv"});
  empty.append(std::move(table));  // takes the rows over
  CHECK(lines_of(empty.line) == std::vector<std::uint32_t>{2, 4, 9, 11, 12});
}
