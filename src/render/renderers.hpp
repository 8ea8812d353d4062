#pragma once
// The renderer of each format, and the cell text they share.

#include <iosfwd>
#include <string>

#include "coopstat/result.hpp"

namespace coopstat::writers {

/// Aligned columns for a terminal, with the title above.
void write_table(const ResultTable& table, std::ostream& out);
/// RFC 4180 CSV: one header row, full precision, `.` decimals, no grouping.
void write_csv(const ResultTable& table, std::ostream& out);

/// A cell as programs read it: shortest exact decimal form, no grouping, empty for no value.
std::string plain_text(const Cell& cell);
/// A cell as people read it: grouped thousands, fixed decimals, signs and % as the column says.
std::string display_text(const Cell& cell, const Column& column);

}  // namespace coopstat::writers
