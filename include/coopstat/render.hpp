#pragma once
// Output formats: one renderer per format, all reading ResultTables.

#include <iosfwd>
#include <span>
#include <string_view>
#include <vector>

#include "coopstat/result.hpp"

namespace coopstat {

/// The output formats.
enum class Format { table, csv, tsv, json, markdown };

/// A format's name, what it is for, and whom: a report for people (several titled tables, rounded numbers,
/// charts) or data for programs (exactly one table, full precision, no charts).
struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view help;
  bool for_people;
};

/// The format table; parsing and help come from it.
std::span<const FormatInfo> format_catalogue();
/// The entry for `format`.
const FormatInfo& format_info(Format format);
/// Parses a format name; a usage Error with "did you mean" when unknown.
Format parse_format(std::string_view name);

/// How to dress the output, beyond the format.
struct RenderOptions {
  bool color = false;  ///< ANSI colour in `table`: bold headers, negative changes in red
  bool chart = false;  ///< charts (mermaid blocks) under the tables that have one, in `markdown`
};

/// When to colour: always, never, or when writing to a terminal and NO_COLOR is not set (auto).
enum class ColorMode { automatic, always, never };
/// Whether to colour, given the mode, whether the output is a terminal, and the NO_COLOR variable (or null).
bool color_wanted(ColorMode mode, bool terminal, const char* no_color);

/// Writes `tables` in `format`. Formats for programs take exactly one table.
void render(std::span<const ResultTable> tables, Format format, const RenderOptions& options, std::ostream& out);

}  // namespace coopstat
