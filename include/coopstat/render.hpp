#pragma once
// Output formats: one renderer per format, all reading ResultTables.

#include <iosfwd>
#include <span>
#include <string_view>
#include <vector>

#include "coopstat/result.hpp"

namespace coopstat {

/// The output formats.
enum class Format { table, csv };

/// A format's name, what it is for, and whether one output may hold several tables (a report for people)
/// or must be one table (data for programs).
struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view help;
  bool holds_many_tables;
};

/// The format table; parsing and help come from it.
std::span<const FormatInfo> format_catalogue();
/// The entry for `format`.
const FormatInfo& format_info(Format format);
/// Parses a format name; a usage Error with "did you mean" when unknown.
Format parse_format(std::string_view name);

/// Writes `tables` in `format`. Formats that hold one table take exactly one.
void render(std::span<const ResultTable> tables, Format format, std::ostream& out);

}  // namespace coopstat
