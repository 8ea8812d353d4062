#pragma once
// What an input's first bytes say it is: text, a compressed stream, an archive, or another kind of file that is no
// table (a PDF, an old Excel workbook, a Parquet file…), recognised by content, never by the file's name.

#include <cstddef>
#include <string>
#include <string_view>

namespace coopstat::input {

/// How many first bytes sniff_content looks at (a tar archive's mark is at byte 257).
inline constexpr std::size_t kSniffBytes = 512;

/// What an input's bytes are.
enum class Content {
  text,  ///< anything not recognised below: read as CSV (a NUL byte in it is refused later)
  gzip,
  xz,
  bzip2,
  zstd,
  zip,  ///< also a workbook (.xlsx, .ods) or a Word or PowerPoint file: its members tell which
  tar,
  pdf,
  ole2,  ///< an Office 97–2003 file: a legacy Excel workbook (.xls) most often
  parquet,
  sqlite,
  seven_zip,
  rar,
  png,
  jpeg,
  gif,
};

/// What `first_bytes` (up to kSniffBytes of them, fewer when the input is shorter) are.
Content sniff_content(std::string_view first_bytes);

/// Whether `content` is a compressed stream (gzip, xz, bzip2, zstd).
bool compressed(Content content);

/// The name of a compression or archive format: "gzip", "xz", "zip", "tar"…
std::string_view format_name(Content content);

/// The error message for content coopstat does not read: what it is and what to do, e.g. "a PDF document, not a
/// table: export the table as CSV". Empty for content that is read (text, compression, archives).
std::string refusal(Content content);

}  // namespace coopstat::input
