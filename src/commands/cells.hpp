#pragma once
// Cells and columns that several commands print the same way: totals, shares, changes.

#include <string>

#include "coopstat/query.hpp"
#include "coopstat/result.hpp"
#include "coopstat/stats.hpp"
#include "coopstat/table.hpp"

namespace coopstat {

/// A column of totals: whole numbers when every count is whole, else decimals.
Column total_column(const Table& table, std::string name);
/// A total as a cell: exact integer when whole.
Cell total_cell(const Sum& total);
/// A statistic's value, or an empty cell when undefined.
Cell optional_cell(const std::optional<double>& value);
/// `part` as a percentage of `whole`; empty when `whole` is zero.
Cell share_cell(const Sum& part, const Sum& whole);
/// `current - previous`, exact for whole totals.
Cell change_cell(const Sum& current, const Sum& previous);
/// `(current - previous) / previous` in percent; empty when `previous` is zero.
Cell percent_change_cell(const Sum& current, const Sum& previous);
/// The column of a group key: years as numbers, names as text.
Column key_column(Key key);
/// A key value as a cell: the year as a number, a name as text.
Cell key_cell(const Table& table, Key key, std::uint32_t value);
/// Appends a `bar` column drawing the values of the column named `column`, the largest value a full bar; empty
/// cells and values at or below 0 get no bar.
void append_bars(ResultTable& table, std::string_view column);
/// A percentage column shown with one decimal.
Column percent_column(std::string name, bool explicit_sign = false);

}  // namespace coopstat
