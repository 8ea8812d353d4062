#include "coopstat/render.hpp"

#include <fmt/format.h>

#include <array>
#include <ostream>

#include "coopstat/error.hpp"
#include "coopstat/suggest.hpp"
#include "render/renderers.hpp"

namespace coopstat {

std::span<const FormatInfo> format_catalogue() {
  static constexpr std::array<FormatInfo, 2> kFormats{{
      {Format::table, "table", "aligned columns for a terminal", true},
      {Format::csv, "csv", "RFC 4180 CSV for spreadsheets and programs", false},
  }};
  return kFormats;
}

const FormatInfo& format_info(Format format) { return format_catalogue()[static_cast<std::size_t>(format)]; }

Format parse_format(std::string_view name) { return find_named(format_catalogue(), name, "format").format; }

void render(std::span<const ResultTable> tables, Format format, std::ostream& out) {
  if (!format_info(format).for_people && tables.size() != 1)
    throw std::logic_error("a data format renders exactly one table");
  bool first = true;
  for (const ResultTable& table : tables) {
    if (!first) out << '\n';
    first = false;
    switch (format) {
      case Format::table: writers::write_table(table, out); break;
      case Format::csv: writers::write_csv(table, out); break;
    }
  }
}

}  // namespace coopstat
