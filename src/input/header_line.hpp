#pragma once
// Finding the header line at the start of an input, before the CSV reader takes over.

#include <cstdint>
#include <string>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// The header as found: its text (no BOM, no line ending), its line number, and the bytes read so far.
struct HeaderLine {
  std::string text;
  std::uint32_t line = 0;
  /// Everything read from the source to find the header; replay it before the rest.
  std::string consumed;
  /// Whether the input holds anything but blank lines.
  bool found = false;
};

/// Reads from `source` up to the end of the first line that is not blank (blank = spaces and tabs only,
/// the lines the CSV reader skips too). Throws Error for a header longer than the reader's line limit.
HeaderLine read_header_line(io::ByteSourceBase& source, const std::string& name);

}  // namespace coopstat::input
