#include "coopstat/table.hpp"

#include <doctest/doctest.h>

using coopstat::Table;

TEST_CASE("table: rows are appended to every column alike") {
  Table table;
  table.add_row(table.partners.intern("France"), 2020, table.fields.intern("space"), 0, 2, 2);
  table.add_row(table.partners.intern("Japan"), 2021, table.fields.intern("space"), 0, 3, 5);
  CHECK(table.rows() == 2);
  CHECK(table.partner == std::vector<coopstat::Dictionary::Code>{0, 1});
  CHECK(table.field == std::vector<coopstat::Dictionary::Code>{0, 0});
  CHECK(table.year == std::vector<std::int16_t>{2020, 2021});
  CHECK(table.count == std::vector<double>{2, 3});
  CHECK(table.line == std::vector<std::uint32_t>{2, 5});
}

TEST_CASE("table: one decimal count makes the counts non-whole for good") {
  Table table;
  table.add_row(0, 2020, 0, 0, 2, 2);
  CHECK(table.counts_whole);
  table.add_row(0, 2020, 0, 0, 0.5, 3);
  CHECK_FALSE(table.counts_whole);
  table.add_row(0, 2020, 0, 0, 4, 4);
  CHECK_FALSE(table.counts_whole);
}

TEST_CASE("table: a row costs 24 bytes of column storage") {
  const std::size_t bytes = sizeof(Table{}.partner[0]) + sizeof(Table{}.field[0]) + sizeof(Table{}.type[0]) +
                            sizeof(Table{}.year[0]) + sizeof(Table{}.count[0]) + sizeof(Table{}.line[0]);
  CHECK(bytes == 24);
}
