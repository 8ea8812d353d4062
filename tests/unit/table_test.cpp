#include "coopstat/table.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using coopstat::Table;
using coopstat::testing::counts_of;
using coopstat::testing::lines_of;

TEST_CASE("table: rows are appended to every column alike") {
  Table table;
  table.add_row(table.partners.intern("France"), 2020, table.fields.intern("space"), 0, 2, 2);
  table.add_row(table.partners.intern("Japan"), 2021, table.fields.intern("space"), 0, 3, 5);
  CHECK(table.rows() == 2);
  CHECK(table.partner == std::vector<coopstat::Dictionary::Code>{0, 1});
  CHECK(table.field == std::vector<std::uint16_t>{0, 0});
  CHECK(table.year == std::vector<std::int16_t>{2020, 2021});
  CHECK(counts_of(table.count) == std::vector<double>{2, 3});
  CHECK(lines_of(table.line) == std::vector<std::uint32_t>{2, 5});
}

TEST_CASE("table: one decimal count makes the counts non-whole for good") {
  Table table;
  table.add_row(0, 2020, 0, 0, 2, 2);
  CHECK(table.counts_whole());
  table.add_row(0, 2020, 0, 0, 0.5, 3);
  CHECK_FALSE(table.counts_whole());
  table.add_row(0, 2020, 0, 0, 4, 4);
  CHECK_FALSE(table.counts_whole());
}

TEST_CASE("table: a row's codes and year cost 10 bytes of column storage (a whole count 4 more)") {
  const std::size_t bytes =
      sizeof(Table{}.partner[0]) + sizeof(Table{}.field[0]) + sizeof(Table{}.type[0]) + sizeof(Table{}.year[0]);
  CHECK(bytes == 10);
}

TEST_CASE("table: appending a piece read apart recodes its names as one reading would") {
  Table first;
  first.sources.push_back({"a.csv", 0});
  Table part;
  part.sources.push_back({"a.csv", 0, true, false});
  part.add_row(part.partners.intern("Japan"), 2021, part.fields.intern("space"), part.types.intern("signed"), 1, 2);
  first.append(std::move(part));  // an empty table takes the piece over
  CHECK(first.partner == std::vector<coopstat::Dictionary::Code>{0});
  CHECK(first.sources.back().has_field);

  Table second;
  second.sources.push_back({"a.csv", 0});
  second.add_row(second.partners.intern("France"), 2020, second.fields.intern("health"), second.types.intern("renewed"),
                 0.5, 3);
  second.add_row(second.partners.intern("Japan"), 2022, second.fields.intern("space"), second.types.intern("signed"), 4,
                 4);
  first.append(std::move(second));
  CHECK(first.rows() == 3);
  CHECK(first.partner == std::vector<coopstat::Dictionary::Code>{0, 1, 0});
  CHECK(first.partners.name(1) == "France");
  CHECK(first.field == std::vector<std::uint16_t>{0, 1, 0});
  CHECK(first.type == std::vector<std::uint16_t>{0, 1, 0});
  CHECK(first.year == std::vector<std::int16_t>{2021, 2020, 2022});
  CHECK(lines_of(first.line) == std::vector<std::uint32_t>{2, 3, 4});
  CHECK_FALSE(first.counts_whole());
  CHECK(second.rows() == 0);  // its columns were freed
}
