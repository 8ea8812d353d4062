#pragma once
// The one thing renderers see: titled tables of named, typed columns and rows of cells.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace coopstat {

/// How a column's cells read; renderers for people use it to align and round.
enum class ColumnKind {
  text,     ///< left-aligned
  integer,  ///< whole numbers, grouped in thousands for people
  year,     ///< a year: a whole number never grouped
  line,     ///< a line number in a file: never grouped, as years
  decimal,  ///< fixed decimals for people, full precision for machines
  percent,  ///< a percentage (12.5 means 12.5 %)
};

/// A column's header name and how its cells read.
struct Column {
  std::string name;
  ColumnKind kind = ColumnKind::text;
  int decimals = 0;            ///< decimals shown to people (decimal and percent columns)
  bool explicit_sign = false;  ///< show "+" on positive values to people (changes)
  bool total = false;          ///< a total over the other columns (pivot's `total`): for people, like total rows
};

/// A value: empty (undefined), a whole number, a real number, or text.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

/// Lines over a shared x axis (years), drawn by the formats that can (a mermaid block in markdown).
struct Chart {
  std::string title;
  std::string y_label;
  std::vector<std::string> x;
  std::vector<std::vector<double>> lines;
};

/// The label of a total row, in the column that names the groups: "(total)".
inline constexpr std::string_view kTotalLabel = "(total)";

/// A titled table; every row has one cell per column.
struct ResultTable {
  ResultTable() = default;
  ResultTable(std::string title_, std::vector<Column> columns_, std::vector<std::vector<Cell>> rows_ = {})
      : title(std::move(title_)), columns(std::move(columns_)), rows(std::move(rows_)) {}

  std::string title;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  /// The rows that are totals over the others (`(total)`), by index: formats for people show them; formats for
  /// programs leave them out unless asked (--totals), so that a column sums to the right number.
  std::vector<std::size_t> total_rows;
  /// A line printed under the table by formats for people (e.g. a verdict).
  std::string note;
  /// The table's data as a chart, for formats that draw one when asked (--chart).
  std::optional<Chart> chart;

  /// Appends a row that is a total over the others.
  void add_total_row(std::vector<Cell> row) {
    total_rows.push_back(rows.size());
    rows.push_back(std::move(row));
  }
};

/// Removes the total rows and total columns: totals are not data for programs.
void drop_totals(ResultTable& table);

}  // namespace coopstat
