#pragma once
// Which line is the header: published files often open with a title or notes (a preamble), so the header is
// the first line whose names give every role coopstat needs, or the line after those --skip passes over.

#include <cstdint>
#include <variant>
#include <vector>

#include "coopstat/input_types.hpp"
#include "input/columns.hpp"
#include "input/leading_lines.hpp"

namespace coopstat::input {

/// The header as found: its physical line, the separator and the columns it gives.
struct Header {
  std::uint32_t line = 0;
  LeadingLine record;  ///< its lines (a quoted name may span several) and text
  char delimiter = ',';
  Layout layout;
};

/// Why no header was found: the lines tried, and the first of them with its columns resolved as far as they go.
struct HeaderNotFound {
  Header first;                      ///< line 0 and no columns when no line was tried (an empty input)
  std::vector<std::uint64_t> tried;  ///< the lines tried as the header
  Error problem;                     ///< what find_header throws
};

/// The input's report as the header sets it out: shape, separator, header line, and each column's role and why.
FileReport describe(const Header& header, const std::string& name);

/// Reads lines until the header, as find_header does; when none will do, says what was tried instead of throwing.
/// With options.no_header there is no header to find: the first row gives the columns, named by position (its lines
/// are read again as a row).
std::variant<Header, HeaderNotFound> search_header(LeadingLines& lines, const LoadOptions& options,
                                                   const std::string& name);

/// Reads lines until the header (a quoted name in it may span up to kHeaderSearchLines lines). With options.skip_lines,
/// the first non-blank line after them is the header; otherwise each of the first kHeaderSearchLines non-blank lines is
/// tried in turn. Throws Error when the input is empty or no line will do; the message is the first line's problem, and
/// says which lines were tried.
Header find_header(LeadingLines& lines, const LoadOptions& options, const std::string& name);

}  // namespace coopstat::input
