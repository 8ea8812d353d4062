#include "coopstat/result.hpp"

#include <doctest/doctest.h>

using coopstat::Cell;
using coopstat::Column;
using coopstat::ColumnKind;
using coopstat::ResultTable;

namespace {

// partner × year with a total column, and a total row.
ResultTable pivot_like() {
  ResultTable table{
      "sum by partner × year",
      {{"partner"}, {"2020", ColumnKind::integer}, {"2021", ColumnKind::integer}, {"total", ColumnKind::integer}},
      {}};
  table.columns.back().total = true;
  table.rows.push_back({std::string("France"), std::int64_t{2}, std::int64_t{1}, std::int64_t{3}});
  table.rows.push_back({std::string("Japan"), std::int64_t{0}, std::int64_t{4}, std::int64_t{4}});
  table.add_total_row({std::string("(total)"), std::int64_t{2}, std::int64_t{5}, std::int64_t{7}});
  return table;
}

}  // namespace

TEST_CASE("result: a total row is marked as such") {
  const ResultTable table = pivot_like();
  CHECK(table.rows.size() == 3);
  CHECK(table.total_rows == std::vector<std::size_t>{2});
}

TEST_CASE("result: without totals, the total rows and columns are gone and the data stays") {
  ResultTable table = pivot_like();
  drop_totals(table);
  REQUIRE(table.columns.size() == 3);
  CHECK(table.columns[2].name == "2021");
  CHECK(table.total_rows.empty());
  CHECK(table.rows == std::vector<std::vector<Cell>>{{std::string("France"), std::int64_t{2}, std::int64_t{1}},
                                                     {std::string("Japan"), std::int64_t{0}, std::int64_t{4}}});
}

TEST_CASE("result: a table without totals is left as it is") {
  ResultTable table{"t", {{"partner"}, {"sum", ColumnKind::integer}}, {{std::string("France"), std::int64_t{3}}}};
  drop_totals(table);
  CHECK(table.columns.size() == 2);
  CHECK(table.rows.size() == 1);
}
