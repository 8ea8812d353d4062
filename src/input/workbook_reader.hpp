#pragma once
// A workbook format's reader: its sheets' names, and one sheet's cells as CSV text (SheetText).

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "input/xml_stream.hpp"
#include "input/zip_parts.hpp"

namespace coopstat::input {

/// One workbook, whose parts stay in memory while it is read.
class WorkbookReader {
 public:
  virtual ~WorkbookReader() = default;
  /// Every sheet's name, in the workbook's order.
  [[nodiscard]] virtual std::vector<std::string> sheet_names() const = 0;
  /// The sheet at `index` of sheet_names() as CSV text, line N holding row N; asked once.
  [[nodiscard]] virtual std::string sheet_text(std::size_t index) = 0;
};

/// Streams `part` of `parts` through `handler`; errors name "NAME: PART".
void parse_part(const ZipParts& parts, std::string_view part, XmlHandler& handler, const std::string& name);

/// Reads an Office Open XML workbook (.xlsx): xl/workbook.xml and the parts it names.
std::unique_ptr<WorkbookReader> xlsx_reader(const ZipParts& parts, const std::string& name);

/// Whether the sheet at `index` (from 0) named `name` may be the one asked for.
using MayBeChosen = std::function<bool(std::size_t index, std::string_view name)>;

/// Reads an OpenDocument spreadsheet (.ods): every sheet is in content.xml, which is read once, keeping the text of
/// the sheets `may_be_chosen` accepts; sheet_text() gives one of those.
std::unique_ptr<WorkbookReader> ods_reader(const ZipParts& parts, const std::string& name, MayBeChosen may_be_chosen);

}  // namespace coopstat::input
