#pragma once
// Spreadsheets read directly: an .xlsx or .ods workbook's chosen sheet becomes the CSV text the loader reads, one
// line per sheet row, so that header search, roles, values and messages (FILE[SHEET]:ROW) work as for any file.
// open_content hands a workbook over here.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat::input {

/// The sheet a workbook input was read from.
struct SheetChoice {
  std::string name;                 ///< the sheet read
  std::size_t number = 1;           ///< its place among the sheets, from 1
  std::vector<std::string> sheets;  ///< every sheet, in order
};

/// A workbook's chosen sheet as CSV text.
struct WorkbookSheet {
  SheetChoice choice;
  std::string text;
};

/// The sheet `wanted` (a name, or a number from 1; the first sheet when not given) of the workbook `bytes`, an
/// .xlsx or .ods file; nothing when `bytes` are no workbook. A missing sheet is a usage error listing the sheets;
/// a corrupt or truncated workbook an Error naming `name` and the part.
std::optional<WorkbookSheet> read_workbook(std::string_view bytes, const std::string& name,
                                           const std::optional<std::string>& wanted);

}  // namespace coopstat::input
