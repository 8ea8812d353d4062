#pragma once
// A sheet written as the CSV text the loader reads: one line per sheet row, so that line numbers are row numbers.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat::input {

/// The most rows and columns a sheet may have (Excel's limits; LibreOffice's are no larger).
inline constexpr std::uint64_t kMaxSheetRows = 1048576;
inline constexpr std::uint64_t kMaxSheetColumns = 16384;
/// The most text a sheet may make: a sheet of a million rows of 1 KiB fits; a corrupt one that repeats a cell to
/// every corner of the sheet does not fill memory.
inline constexpr std::uint64_t kMaxSheetTextBytes = std::uint64_t{1} << 30;

/// Builds a sheet's CSV text, comma-separated, from its cells in reading order. Rows with no cell are empty lines
/// (line N is row N); columns with no cell are empty fields, and every other row has as many fields as the widest
/// (a workbook does not store the empty cells at the end of a row, which a CSV row has); empty rows at the end are
/// left out. A cell is quoted when it holds a separator or a quote; a line break within a cell becomes a space, so
/// that a row stays one line.
class SheetText {
 public:
  /// `place` names the sheet's part in errors: "data.xlsx: xl/worksheets/sheet1.xml".
  explicit SheetText(std::string place) : place_(std::move(place)) {}

  /// Adds the cell at `row` and `column` (from 1). Throws an Error when the cell comes before the last one added
  /// or lies beyond the sheet's limits: the workbook is corrupt.
  void add(std::uint64_t row, std::uint64_t column, std::string_view value);

  /// The text, every row ended by a line feed and filled up to the widest row's fields.
  [[nodiscard]] std::string take() &&;

 private:
  std::string place_;
  std::string text_;
  std::vector<std::uint32_t> fields_;  ///< of each row up to the last added, 0 for an empty row
  std::uint64_t row_ = 0;              ///< the row of the last cell added
  std::uint64_t column_ = 0;           ///< its column
};

/// A cell's place in its sheet, from 1.
struct CellReference {
  std::uint64_t column = 0;
  std::uint64_t row = 0;
};
/// Reads "B12" into `cell` (column 2, row 12); false when `reference` is no cell reference within the limits.
bool parse_cell_reference(std::string_view reference, CellReference& cell);

}  // namespace coopstat::input
