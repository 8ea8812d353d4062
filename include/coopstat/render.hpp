#pragma once
// Output formats: one renderer per format, all reading ResultTables.

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/network_document.hpp"
#include "coopstat/result.hpp"

namespace coopstat {

/// The output formats: tables, then networks for the field's tools.
enum class Format { table, csv, tsv, json, markdown, pajek, graphml, gexf, vosviewer };

/// A format's name, what it is for, and whom: a report for people (several titled tables, rounded numbers,
/// charts) or data for programs (exactly one table, full precision, no charts); a network format writes a
/// NetworkDocument instead of tables.
struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view help;
  bool for_people;
  bool network = false;
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

/// Writes `tables` in `format`, a table format. Formats for programs take exactly one table.
void render(std::span<const ResultTable> tables, Format format, const RenderOptions& options, std::ostream& out);

/// A network in a network format: the contents of its files (the first is the one -o names; vosviewer's second is
/// its network file) and what the format could not hold as given (a changed label, a left-out column), said on
/// standard error.
struct NetworkFiles {
  std::vector<std::string> contents;
  std::vector<std::string> notes;
};

/// Throws a usage Error when `format` cannot hold networks of this order and slicing (vosviewer: no direction, no
/// slices), so that the command line is refused before loading; the writers check again.
void check_network_format(Format format, PairOrder order, const Slicing& slicing);

/// Writes `document` in `format`, a network format.
NetworkFiles render_network(const NetworkDocument& document, Format format);

/// Where vosviewer's network file goes, beside the map file `map_path`: "_network" before the file name's extension
/// (map.txt → map_network.txt, out/map → out/map_network).
std::string vosviewer_network_path(const std::string& map_path);

}  // namespace coopstat
