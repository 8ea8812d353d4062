#pragma once
// What an input holds, by content: its text, out of the compressions and archives around it (gzip, xz, bzip2, zstd;
// a member of a zip or tar archive), or an Error naming what it is when it is no table (a PDF, a legacy Excel file…).

#include <memory>
#include <optional>
#include <string>

#include "input/byte_source.hpp"
#include "input/workbook.hpp"

namespace coopstat::input {

/// An input's text and where it came from.
struct OpenedInput {
  std::unique_ptr<io::ByteSourceBase> bytes;
  std::string name;       ///< for messages: the input's name, then ":MEMBER" when the text is an archive's member
  std::string container;  ///< what the text was unpacked from, outermost first: "xz", "zip", "xz, tar"; empty: none
  std::string member;     ///< the archive member read; empty: none
  std::string note;       ///< why that member was read, when it was not named
  std::optional<SheetChoice> sheet;  ///< the sheet read, when the input is a workbook (its text is then the sheet's)
};

/// The text of `raw`, named `name`; `path` is the file it was opened from (empty for a stream), which an archive is
/// read from again to list its members. `member` is the member named with FILE:MEMBER. A workbook (.xlsx, .ods) gives
/// the CSV text of its sheet `sheet` (the first when not given), named FILE[SHEET]; `sheet` given for an input that is
/// no workbook is a usage error.
OpenedInput open_content(std::unique_ptr<io::ByteSourceBase> raw, const std::string& name, const std::string& path,
                         const std::optional<std::string>& member, const std::optional<std::string>& sheet);

}  // namespace coopstat::input
