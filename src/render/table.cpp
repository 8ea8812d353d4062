#include <utf8proc.h>

#include <algorithm>
#include <ostream>

#include "render/renderers.hpp"

namespace coopstat::writers {
namespace {

constexpr std::string_view kGap = "  ";

// Terminal columns a UTF-8 string takes: wide (CJK) characters count 2, combining marks 0.
std::size_t display_width(std::string_view text) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  std::size_t width = 0;
  while (left > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code_point);
    if (used <= 0) return width + static_cast<std::size_t>(left);  // not UTF-8: a column per byte
    width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(code_point)));
    bytes += used;
    left -= used;
  }
  return width;
}

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kReset = "\x1b[0m";

// Pads `text` to `width` display columns; `style` (an escape sequence, or empty) wraps the text, not the padding.
void append_padded(std::string& line, std::string_view text, std::size_t width, bool right, std::string_view style) {
  const std::size_t padding = width - std::min(width, display_width(text));
  if (right) line.append(padding, ' ');
  if (style.empty()) {
    line += text;
  } else {
    line.append(style).append(text).append(kReset);
  }
  if (!right) line.append(padding, ' ');
}

}  // namespace

void write_table(const ResultTable& table, const RenderOptions& options, std::ostream& out) {
  const std::size_t column_count = table.columns.size();
  std::vector<std::vector<std::string>> cells;
  cells.reserve(table.rows.size());
  std::vector<std::size_t> widths(column_count);
  for (std::size_t c = 0; c < column_count; ++c) widths[c] = display_width(table.columns[c].name);
  for (const auto& row : table.rows) {
    auto& texts = cells.emplace_back();
    for (std::size_t c = 0; c < column_count; ++c) {
      texts.push_back(display_text(row[c], table.columns[c]));
      widths[c] = std::max(widths[c], display_width(texts.back()));
    }
  }
  const auto write_line = [&](auto text_of, auto style_of) {
    std::string line;
    for (std::size_t c = 0; c < column_count; ++c) {
      if (c > 0) line += kGap;
      append_padded(line, text_of(c), widths[c], is_numeric(table.columns[c]), options.color ? style_of(c) : "");
    }
    // Empty cells at the end of a line leave no trailing spaces.
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
  };
  const auto plain = [](std::size_t) { return std::string_view{}; };

  if (!table.title.empty()) out << table.title << '\n';
  write_line([&](std::size_t c) -> std::string_view { return table.columns[c].name; },
             [](std::size_t) { return kBold; });
  write_line([&](std::size_t c) { return std::string(widths[c], '-'); }, plain);
  for (const auto& texts : cells)
    write_line([&](std::size_t c) -> std::string_view { return texts[c]; },
               [&](std::size_t c) {
                 // Changes are signed: a fall shows in red.
                 return table.columns[c].explicit_sign && texts[c].starts_with('-') ? kRed : std::string_view{};
               });
  if (table.rows.empty()) out << "(no rows)\n";
  if (!table.note.empty()) out << table.note << '\n';
}

}  // namespace coopstat::writers
