#include "coopstat/render.hpp"

#include <fmt/format.h>

#include <array>
#include <ostream>

#include "coopstat/error.hpp"
#include "render/renderers.hpp"
#include "suggest.hpp"

namespace coopstat {

std::span<const FormatInfo> format_catalogue() {
  static constexpr std::array<FormatInfo, 5> kFormats{{
      {Format::table, "table", "aligned columns for a terminal", true},
      {Format::csv, "csv", "RFC 4180 CSV for spreadsheets and programs", false},
      {Format::tsv, "tsv", "tab-separated values, tabs and newlines escaped", false},
      {Format::json, "json", "an array of objects, numbers as numbers, empty as null", false},
      {Format::markdown, "markdown", "GitHub tables, e.g. for a CI job summary", true},
  }};
  return kFormats;
}

const FormatInfo& format_info(Format format) { return format_catalogue()[static_cast<std::size_t>(format)]; }

Format parse_format(std::string_view name) { return find_named(format_catalogue(), name, "format").format; }

bool color_wanted(ColorMode mode, bool terminal, const char* no_color) {
  switch (mode) {
    case ColorMode::always: return true;
    case ColorMode::never: return false;
    // no-color.org: any non-empty NO_COLOR turns colour off.
    case ColorMode::automatic: return terminal && (no_color == nullptr || *no_color == '\0');
  }
  return false;
}

void render(std::span<const ResultTable> tables, Format format, const RenderOptions& options, std::ostream& out) {
  if (!format_info(format).for_people && tables.size() != 1)
    throw std::logic_error("a data format renders exactly one table");
  bool first = true;
  for (const ResultTable& table : tables) {
    if (!first) out << '\n';
    first = false;
    switch (format) {
      case Format::table: writers::write_table(table, options, out); break;
      case Format::csv: writers::write_csv(table, out); break;
      case Format::tsv: writers::write_tsv(table, out); break;
      case Format::json: writers::write_json(table, out); break;
      case Format::markdown: writers::write_markdown(table, options, out); break;
    }
  }
}

}  // namespace coopstat
