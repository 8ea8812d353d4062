#pragma once
// Checking one row's values and storing them in the Table: the same for every shape of input.

#include <array>
#include <cstdint>
#include <string>

#include "coopstat/error.hpp"
#include "coopstat/input_types.hpp"
#include "coopstat/table.hpp"
#include "input/columns.hpp"

namespace coopstat::input {

/// How many distinct fields, and how many distinct types, a Table holds (their codes are 16 bits).
inline constexpr std::size_t k16BitCodes = 65536;

/// The error for the row at `line` of `file` whose name in the column of `role` (field or type) is beyond the
/// k16BitCodes it holds.
Error too_many_names(const std::string& file, std::uint64_t line, const ColumnChoices& columns, Role role);

/// The message for a row of `fields` fields under a header of `header_fields` named columns (without a header: after
/// a first row of `header_fields` fields).
std::string ragged_row(std::size_t fields, std::size_t header_fields, bool header = true);

/// Checks and stores the rows of one input; every problem is thrown, or with options.skip_bad_rows counted and
/// the row left out.
class RowStore {
 public:
  /// The text of each role's cell in a row; nullptr where the file has no such column.
  using Cells = std::array<char*, kRoleCount>;  // char*, as csv.h's read_row fills them

  /// `columns` are the input's columns (which optional roles it has); `missing` is what a missing count does.
  RowStore(std::string name, const ColumnChoices& columns, const LoadOptions& options, MissingCounts missing,
           Table& table, LoadReport& report);

  /// Adds the row at physical `line`. `columns` name the cells in messages (a wide table's count is in the
  /// column of its year).
  void add(const Cells& cells, std::uint64_t line, const ColumnChoices& columns);
  /// A row the reader could not split.
  void fail_row(std::uint64_t line, const std::string& message);
  /// Counts the last line's fate (report.files.back().lines): to call once every row is added.
  void finish();

 private:
  // What became of a line, the best of its cells' (a wide row's cells come one by one).
  enum class Fate { none, missing, skipped, kept };
  void note(std::uint64_t line, Fate fate);

  bool intern(Dictionary& dictionary, std::string_view name, std::uint64_t line, const ColumnChoices& columns,
              Role role, Dictionary::Code& code);
  void missing(std::uint64_t line, const ColumnChoices& columns, std::string_view count_text);
  void note_code(Dictionary::Code partner, std::string_view code, std::uint64_t line, const ColumnChoices& columns);
  void fail(std::uint64_t line, const ColumnChoices& columns, Role role, const std::string& problem);
  void fail(const Error& error);

  std::string name_;
  bool has_count_;
  bool skip_bad_rows_;
  DateOrder date_order_;
  NumberForm numbers_;
  MissingCounts missing_;
  Table& table_;
  LoadReport& report_;
  std::uint64_t line_ = 0;  // the line whose fate is being decided
  Fate fate_ = Fate::none;
};

}  // namespace coopstat::input
