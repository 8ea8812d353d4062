#include <fmt/format.h>

#include <cmath>

#include "render/renderers.hpp"
#include "text.hpp"

namespace coopstat::writers {
namespace {

std::string fixed(double value, int decimals) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  // Rounding a small negative value can give "-0.0": show it as zero.
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

}  // namespace

bool is_numeric(const Column& column) { return column.kind != ColumnKind::text; }

std::string plain_text(const Cell& cell) {
  if (const auto* whole = std::get_if<std::int64_t>(&cell)) return fmt::format("{}", *whole);
  if (const auto* real = std::get_if<double>(&cell)) return fmt::format("{}", *real == 0 ? 0.0 : *real);
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  return {};
}

std::string display_text(const Cell& cell, const Column& column, bool grouped) {
  if (std::holds_alternative<std::monostate>(cell)) return {};
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  std::string number;
  if (column.kind == ColumnKind::decimal || column.kind == ColumnKind::percent) {
    const double value = std::holds_alternative<double>(cell) ? std::get<double>(cell)
                                                              : static_cast<double>(std::get<std::int64_t>(cell));
    number = fixed(value, column.decimals);
  } else {
    number = plain_text(cell);
  }
  if (grouped && column.kind != ColumnKind::year && column.kind != ColumnKind::line) group_thousands(number);
  if (column.explicit_sign && !number.starts_with('-') && number.find_first_not_of("0.,") != std::string::npos)
    number.insert(0, 1, '+');
  if (column.kind == ColumnKind::percent) number += '%';
  return number;
}

}  // namespace coopstat::writers
