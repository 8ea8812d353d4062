#pragma once
// The writer of each format, and the cell text they share.

#include <iosfwd>
#include <string>

#include "coopstat/render.hpp"
#include "coopstat/result.hpp"

namespace coopstat::writers {

/// Aligned columns for a terminal, with the title above and the note below.
void write_table(const ResultTable& table, const RenderOptions& options, std::ostream& out);
/// RFC 4180 CSV: one header row, full precision, `.` decimals, no grouping.
void write_csv(const ResultTable& table, std::ostream& out);
/// Tab-separated values: one header row, full precision; tab, newline, CR and backslash escaped as \t \n \r \\.
void write_tsv(const ResultTable& table, std::ostream& out);
/// The header and rows as records of fields joined by `separator`; `write_field` quotes or escapes each field.
void write_delimited(const ResultTable& table, char separator, void (*write_field)(std::ostream&, const std::string&),
                     std::ostream& out);
/// A JSON array of objects, one per row: numbers as numbers, empty cells as null.
void write_json(const ResultTable& table, std::ostream& out);
/// A GitHub table under a heading, numbers right-aligned, the note below, and the chart when asked.
void write_markdown(const ResultTable& table, const RenderOptions& options, std::ostream& out);

/// A cell as programs read it: shortest exact decimal form, no grouping, empty for no value.
std::string plain_text(const Cell& cell);
/// A cell as people read it: fixed decimals, signs and % as the column says, thousands grouped if `grouped`.
std::string display_text(const Cell& cell, const Column& column, bool grouped = true);
/// Whether people read the column's values as numbers (right-aligned).
bool is_numeric(const Column& column);

}  // namespace coopstat::writers
