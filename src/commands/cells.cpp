#include "commands/cells.hpp"

#include <algorithm>

#include "charts.hpp"
#include "coopstat/error.hpp"

namespace coopstat {

Column total_column(const Table& table, std::string name) {
  if (table.counts_whole()) return {std::move(name), ColumnKind::integer};
  return {std::move(name), ColumnKind::decimal, 2};
}

Cell total_cell(const Sum& total) {
  if (total.whole()) return total.integer();
  return total.value();
}

Cell optional_cell(const std::optional<double>& value) {
  if (!value) return {};
  return *value;
}

Cell share_cell(const Sum& part, const Sum& whole) {
  if (whole.value() == 0) return {};
  return percent_of(part.value(), whole.value());
}

Cell change_cell(const Sum& current, const Sum& previous) {
  std::int64_t difference = 0;
  if (current.whole() && previous.whole() &&
      !__builtin_sub_overflow(current.integer(), previous.integer(), &difference))
    return difference;
  return current.value() - previous.value();
}

Cell percent_change_cell(const Sum& current, const Sum& previous) {
  if (previous.value() == 0) return {};
  return percent_of(current.value() - previous.value(), previous.value());
}

Column key_column(Key key) {
  return {std::string(key_name(key)), key == Key::year ? ColumnKind::year : ColumnKind::text};
}

Cell key_cell(const Table& table, Key key, std::uint32_t value) {
  if (key == Key::year) return static_cast<std::int64_t>(value);
  return key_text(table, key, value);
}

void append_bars(ResultTable& table, std::string_view column) {
  constexpr int kBarWidth = 20;
  const auto at =
      std::find_if(table.columns.begin(), table.columns.end(), [column](const Column& c) { return c.name == column; });
  const auto value_column = static_cast<std::size_t>(at - table.columns.begin());
  const auto number = [value_column](const std::vector<Cell>& row) {
    const Cell& cell = row[value_column];
    if (const auto* whole = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*whole);
    if (const auto* real = std::get_if<double>(&cell)) return *real;
    return 0.0;
  };
  double largest = 0;
  for (const auto& row : table.rows) largest = std::max(largest, number(row));
  table.columns.push_back({"bar", ColumnKind::text});
  for (auto& row : table.rows) row.emplace_back(largest > 0 ? bar(number(row) / largest, kBarWidth) : std::string());
}

Column percent_column(std::string name, bool explicit_sign) {
  return {std::move(name), ColumnKind::percent, 1, explicit_sign};
}

}  // namespace coopstat
