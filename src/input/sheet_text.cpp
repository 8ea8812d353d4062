#include "input/sheet_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "coopstat/error.hpp"
#include "input/workbook_error.hpp"

namespace coopstat::input {
namespace {

bool needs_quotes(std::string_view value) {
  return value.find_first_of(",;\t|\"\r\n") != std::string_view::npos || value.front() == ' ' || value.back() == ' ';
}

}  // namespace

void SheetText::add(std::uint64_t row, std::uint64_t column, std::string_view value) {
  if (row == 0 || column == 0 || row > kMaxSheetRows || column > kMaxSheetColumns)
    throw corrupt_workbook(place_, fmt::format("a cell at row {}, column {}, beyond the sheet's limits", row, column));
  if (row < row_ || (row == row_ && column <= column_))
    throw corrupt_workbook(
        place_, fmt::format("the cell at row {}, column {} comes after row {}, column {}", row, column, row_, column_));
  if (value.empty()) return;
  // A new row ends the previous row's line, and each row between has its empty line; row 1's line is the first.
  const bool new_row = row > row_;
  const std::uint64_t line_feeds = new_row ? row - row_ - (row_ == 0 ? 1 : 0) : 0;
  const std::uint64_t after = new_row ? 0 : column_;  // the row's last column written so far (0: none)
  const std::uint64_t commas = column - after - (after == 0 ? 1 : 0);
  if (text_.size() + line_feeds + commas + 2 * value.size() + 2 > kMaxSheetTextBytes)
    throw Error(place_, 0,
                fmt::format("the sheet is too large to read: more than {} MiB as text", kMaxSheetTextBytes >> 20));
  text_.append(line_feeds, '\n');
  text_.append(commas, ',');
  if (new_row) fields_.resize(row, 0);
  fields_.back() = static_cast<std::uint32_t>(column);
  row_ = row;
  column_ = column;
  if (!needs_quotes(value)) {
    text_ += value;
    return;
  }
  text_ += '"';
  for (const char c : value) {
    if (c == '"') text_ += '"';
    text_ += (c == '\r' || c == '\n') ? ' ' : c;
  }
  text_ += '"';
}

std::string SheetText::take() && {
  if (row_ > 0) text_ += '\n';
  const std::uint32_t widest = fields_.empty() ? 0 : *std::max_element(fields_.begin(), fields_.end());
  if (std::all_of(fields_.begin(), fields_.end(),
                  [widest](std::uint32_t fields) { return fields == 0 || fields == widest; }))
    return std::move(text_);
  std::string filled;
  filled.reserve(text_.size() + fields_.size() * widest);
  std::size_t start = 0;
  for (const std::uint32_t fields : fields_) {
    const std::size_t end = text_.find('\n', start);
    filled.append(text_, start, end - start);
    if (fields > 0) filled.append(widest - fields, ',');
    filled += '\n';
    start = end + 1;
  }
  return filled;
}

bool parse_cell_reference(std::string_view reference, CellReference& cell) {
  std::size_t i = 0;
  cell = {};
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
    cell.column = cell.column * 26 + static_cast<std::uint64_t>(reference[i] - 'A' + 1);
    if (cell.column > kMaxSheetColumns) return false;
  }
  if (i == 0 || i == reference.size()) return false;
  for (; i < reference.size(); ++i) {
    if (reference[i] < '0' || reference[i] > '9') return false;
    cell.row = cell.row * 10 + static_cast<std::uint64_t>(reference[i] - '0');
    if (cell.row > kMaxSheetRows) return false;
  }
  return cell.row > 0;
}

}  // namespace coopstat::input
