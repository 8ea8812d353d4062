#pragma once
// Spreadsheets read directly: an .xlsx or .ods workbook's chosen sheet becomes the CSV text the loader reads, one
// line per sheet row, so that header search, roles, values and messages (FILE[SHEET]:ROW) work as for any file.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/byte_source.hpp"

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

/// Whether `first_bytes` start like a zip file (PK\3\4): a workbook is one.
bool zip_magic(std::string_view first_bytes);

/// The sheet `wanted` (a name, or a number from 1; the first sheet when not given) of the workbook `bytes`, an
/// .xlsx or .ods file; nothing when `bytes` are no workbook. A missing sheet is a usage error listing the sheets;
/// a corrupt or truncated workbook an Error naming `name` and the part.
std::optional<WorkbookSheet> read_workbook(std::string_view bytes, const std::string& name,
                                           const std::optional<std::string>& wanted);

/// An input after the look for a workbook: its bytes (the sheet's CSV text for a workbook), and the sheet read.
struct WorkbookInput {
  std::unique_ptr<io::ByteSourceBase> bytes;
  std::optional<SheetChoice> sheet;
};

/// The loader's hook: `source` unchanged unless it starts like a zip, which is read whole to see whether it is a
/// workbook. With `wanted` given, an input that is no workbook is a usage error.
WorkbookInput open_workbook(std::unique_ptr<io::ByteSourceBase> source, const std::string& name,
                            const std::optional<std::string>& wanted);

}  // namespace coopstat::input
