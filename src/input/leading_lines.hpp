#pragma once
// The first lines of an input, read one at a time before the CSV reader takes over (to find the header among
// them), and the bytes they took, to replay.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// One line at the start of an input: its text (no BOM, no line ending) and its physical line number; or, once
/// joined (join_next), a record of several lines, whose line breaks inside quotes are read as spaces.
struct LeadingLine {
  std::string text;
  std::uint32_t number = 0;
  std::uint32_t last = 0;  ///< its last physical line
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
  /// Joins the next line to `line` (a quote in it is open): false at the end of the input.
  bool join_next(LeadingLine& line);
  /// Goes back to just after line `line`, which was read: the next line read is the one after it.
  void rewind(std::uint32_t line);
  /// The bytes of `record` (from its first line to its last, line break included) as the CSV reader reads them:
  /// the line breaks inside it as spaces, a CR LF as two (quoted_lines.hpp).
  [[nodiscard]] std::string record_bytes(const LeadingLine& record) const;
  /// Everything read so far, with the lines before `first_kept` emptied (their line breaks kept, so line
  /// numbers stay physical and the CSV reader skips them as blank lines), and the line breaks inside record
  /// `first_kept` read as spaces (so the CSV reader's line numbers after it are `first_kept.last - first_kept.number`
  /// short of the physical ones).
  [[nodiscard]] std::string replay_from(const LeadingLine& first_kept) &&;
  /// How many of the lines before line `line` are blank (read so far; spaces and tabs only, or nothing).
  [[nodiscard]] std::uint32_t blank_lines_before(std::uint32_t line) const;
  /// Where line `line` starts among the bytes read so far (their size when they end before it).
  [[nodiscard]] std::size_t line_offset(std::uint32_t line) const;
  /// The bytes read so far, as the source gave them.
  [[nodiscard]] std::string_view bytes() const { return consumed_; }

 private:
  // Refuses a NUL byte in the bytes read from offset `from` on.
  void check_text(std::size_t from);

  io::ByteSourceBase& source_;
  std::string name_;
  std::string consumed_;
  std::size_t line_start_ = 0;       // where the next line starts in consumed_
  std::uint32_t lines_ = 0;          // lines returned so far
  bool at_end_ = false;              // the source has nothing more
  std::uint64_t checked_lines_ = 0;  // line breaks in the bytes checked so far
};

}  // namespace coopstat::input
