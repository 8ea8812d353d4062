#include "commands/cells.hpp"

#include "coopstat/error.hpp"

namespace coopstat {

Column total_column(const Table& table, std::string name) {
  if (table.counts_whole) return {std::move(name), ColumnKind::integer};
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

Column percent_column(std::string name, bool explicit_sign) {
  return {std::move(name), ColumnKind::percent, 1, explicit_sign};
}

}  // namespace coopstat
