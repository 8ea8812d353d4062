#include "coopstat/render.hpp"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <ostream>

#include "coopstat/error.hpp"
#include "render/network_writers.hpp"
#include "render/renderers.hpp"
#include "suggest.hpp"

namespace coopstat {

std::span<const FormatInfo> format_catalogue() {
  static constexpr std::array<FormatInfo, 9> kFormats{{
      {Format::table, "table", "aligned columns for a terminal", true},
      {Format::csv, "csv", "RFC 4180 CSV for spreadsheets and programs", false},
      {Format::tsv, "tsv", "tab-separated values, tabs and newlines escaped", false},
      {Format::json, "json", "an array of objects, numbers as numbers, empty as null", false},
      {Format::markdown, "markdown", "GitHub tables, e.g. for a CI job summary", true},
      {Format::pajek, "pajek", "a Pajek .net network (links and network)", false, true},
      {Format::graphml, "graphml", "a GraphML network, a graph per slice (links and network)", false, true},
      {Format::gexf, "gexf", "a GEXF 1.3 network for Gephi, slices as time (links and network)", false, true},
      {Format::vosviewer, "vosviewer", "VOSviewer map and network files: -o MAP (links and network)", false, true},
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
  if (format_info(format).network) throw std::logic_error("a network format renders a network, not tables");
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
      case Format::pajek:
      case Format::graphml:
      case Format::gexf:
      case Format::vosviewer: break;
    }
  }
}

void check_network_format(Format format, PairOrder order, const Slicing& slicing) {
  if (format != Format::vosviewer) return;
  if (order == PairOrder::ordered)
    throw usage_error("--format vosviewer: VOSviewer's links have no direction: leave out --pairs ordered");
  if (slicing.kind != SliceKind::whole)
    throw usage_error(
        "--format vosviewer: a VOSviewer map is one network: leave out --per, --window and --cumulative (--from and "
        "--to choose the years)");
}

NetworkFiles render_network(const NetworkDocument& document, Format format) {
  NetworkFiles files;
  switch (format) {
    case Format::pajek: writers::write_pajek(document, files); break;
    case Format::graphml: writers::write_graphml(document, files); break;
    case Format::gexf: writers::write_gexf(document, files); break;
    case Format::vosviewer: writers::write_vosviewer(document, files); break;
    default: throw std::logic_error("a table format renders tables, not a network");
  }
  return files;
}

std::string vosviewer_network_path(const std::string& map_path) {
  std::filesystem::path path = map_path;
  const std::string extension = path.extension().string();
  path.replace_filename(path.stem().string() + "_network" + extension);
  return path.string();
}

}  // namespace coopstat
