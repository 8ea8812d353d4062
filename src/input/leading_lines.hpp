#pragma once
// The first lines of an input, read one at a time before the CSV reader takes over (to find the header among
// them), and the bytes they took, to replay.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// One line at the start of an input: its text (no BOM, no line ending) and its physical line number.
struct LeadingLine {
  std::string text;
  std::uint32_t number = 0;
};

/// Reads lines from the start of a source, keeping every byte read so that the reader can start over. The bytes
/// read are checked to be text (binary_guard.hpp), as everything after them is when the rows are read.
class LeadingLines {
 public:
  LeadingLines(io::ByteSourceBase& source, std::string name);

  /// The next line, blank or not; empty at the end of the input. Throws Error for a line longer than the
  /// reader's line limit.
  std::optional<LeadingLine> next();
  /// The next line that is not blank (blank = spaces and tabs only, the lines the CSV reader skips too).
  std::optional<LeadingLine> next_non_blank();
  /// Everything read so far, with the lines before `first_kept` emptied (their line breaks kept, so line
  /// numbers stay physical and the CSV reader skips them as blank lines).
  [[nodiscard]] std::string replay_from(std::uint32_t first_kept) &&;
  /// How many of the lines before line `line` are blank (read so far; spaces and tabs only, or nothing).
  [[nodiscard]] std::uint32_t blank_lines_before(std::uint32_t line) const;
  /// Where line `line` starts among the bytes read so far (their size when they end before it).
  [[nodiscard]] std::size_t line_offset(std::uint32_t line) const;
  /// The bytes read so far, as the source gave them.
  [[nodiscard]] std::string_view bytes() const { return consumed_; }

 private:
  // Refuses UTF-16 at the start and a NUL byte in the bytes read from offset `from` on.
  void check_text(std::size_t from);

  io::ByteSourceBase& source_;
  std::string name_;
  std::string consumed_;
  std::size_t line_start_ = 0;  // where the next line starts in consumed_
  std::uint32_t lines_ = 0;     // lines returned so far
  bool at_end_ = false;         // the source has nothing more
  std::uint64_t checked_lines_ = 0;  // line breaks in the bytes checked so far
};

}  // namespace coopstat::input
