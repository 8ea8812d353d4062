#pragma once
// The physical line each Table row came from, kept as runs of consecutive lines: a few runs a file, not 4 bytes a row.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coopstat {

/// Rows' source lines as runs: within a run each row is on the line after the previous row's. A new run starts
/// with each file and after each line that gave no row (a skipped row, a missing count, a quoted value's later
/// lines). Worst case every row is a run of its own, 16 bytes a row instead of 4: a wide table's rows, several on
/// each line (wide tables are small), or rows that each span lines.
class LineIndex {
 public:
  /// Adds a row on `line`.
  void push_back(std::uint32_t line) { add_run(line, 1); }
  /// The line of `row` (a binary search over the runs: for messages, not for loops over rows).
  [[nodiscard]] std::uint32_t operator[](std::size_t row) const;
  [[nodiscard]] std::size_t size() const { return rows_; }
  /// Keeps the rows whose flag is set, in order, and drops the rest.
  void keep_rows(const std::vector<bool>& kept);
  /// Appends the rows of `more` after these, then frees it.
  void append(LineIndex&& more);

 private:
  struct Run {
    std::size_t first_row;
    std::uint32_t first_line;
  };
  /// Adds `rows` rows on consecutive lines from `first_line`, continuing the last run when they follow it.
  void add_run(std::uint32_t first_line, std::size_t rows);
  /// The row after the last of run `run`.
  [[nodiscard]] std::size_t end_of(std::size_t run) const {
    return run + 1 < runs_.size() ? runs_[run + 1].first_row : rows_;
  }

  std::vector<Run> runs_;
  std::size_t rows_ = 0;
};

}  // namespace coopstat
