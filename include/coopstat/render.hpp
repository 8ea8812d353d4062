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

/// Writes `tables` in `format`. Formats that hold one table take exactly one.
void render(std::span<const ResultTable> tables, Format format, std::ostream& out);

}  // namespace coopstat
