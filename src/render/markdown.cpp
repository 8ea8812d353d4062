#include <fmt/format.h>

#include <ostream>

#include "render/renderers.hpp"

namespace coopstat::writers {
namespace {

// A pipe would end the cell; a line break would end the row.
std::string escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const std::string& cell : cells) out << ' ' << escape(cell) << " |";
  out << '\n';
}

// A mermaid xy chart, which GitHub renders: one line per series over the x labels.
void write_chart(std::ostream& out, const Chart& chart) {
  std::vector<std::string> labels;
  for (const std::string& x : chart.x) labels.push_back(fmt::format("\"{}\"", x));
  out << "\n```mermaid\nxychart-beta\n";
  out << fmt::format("    title \"{}\"\n", chart.title);
  out << fmt::format("    x-axis [{}]\n", fmt::join(labels, ", "));
  out << fmt::format("    y-axis \"{}\"\n", chart.y_label);
  for (const auto& line : chart.lines) out << fmt::format("    line [{}]\n", fmt::join(line, ", "));
  out << "```\n";
}

}  // namespace

void write_markdown(const ResultTable& table, const RenderOptions& options, std::ostream& out) {
  if (!table.title.empty()) out << "### " << escape(table.title) << "\n\n";
  std::vector<std::string> header, rule;
  for (const Column& column : table.columns) {
    header.push_back(column.name);
    rule.push_back(is_numeric(column) ? "--:" : ":--");
  }
  write_row(out, header);
  out << '|';
  for (const std::string& alignment : rule) out << alignment << '|';
  out << '\n';
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    // Thousands are grouped in `table` only, so that the numbers of a markdown report read back as numbers.
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      cells.push_back(display_text(row[c], table.columns[c], false));
    write_row(out, cells);
  }
  if (!table.note.empty()) out << '\n' << escape(table.note) << '\n';
  if (options.chart && table.chart) write_chart(out, *table.chart);
}

}  // namespace coopstat::writers
