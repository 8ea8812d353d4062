#pragma once
// Which header column plays which role: by the user's flags first, then by the alias table.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/input_types.hpp"

namespace coopstat::input {

/// How many year-named columns make a header without a year column wide.
inline constexpr std::size_t kWideYearColumns = 2;

/// The column chosen for a role.
struct ColumnChoice {
  std::optional<std::size_t> index;  ///< position in the header; empty when the file has none
  std::string header;                ///< the header name exactly as in the file
  /// The alias that matched it (normalized, as in the role table); empty when a flag named it.
  std::string_view alias;
};

using ColumnChoices = std::array<ColumnChoice, kRoleCount>;

/// A header and the roles its columns play.
struct Layout {
  std::vector<std::string> names;  ///< the header names exactly as in the file
  ColumnChoices roles;
  /// A wide table's columns named by years: each cell is the count of its row's partner in that year. Empty for
  /// a long table.
  std::vector<std::size_t> year_columns;
  /// --no-header: the file has no header; names are "column 1"…, and flags gave positions.
  bool positional = false;

  /// How a flag names column `column`: its header name, or its position (from 1) in a file without a header.
  [[nodiscard]] std::string flag_value(std::size_t column) const;
  [[nodiscard]] bool wide() const { return !year_columns.empty(); }
  [[nodiscard]] const ColumnChoice& operator[](Role role) const { return roles[static_cast<std::size_t>(role)]; }
};

/// The header's names quoted and listed, for messages: `"partner", "year"`.
std::string header_list(const std::vector<std::string>& header);

/// How many of the header's columns are named: a trailing empty column (a separator at the end of every line, as
/// World Bank files have) is no column.
std::size_t named_width(const std::vector<std::string>& names);

/// A header name as compared with aliases and flags: ASCII lower case, without spaces, `_`, `-`.
std::string normalize_header_name(std::string_view name);

/// The year a header name stands for in a wide table: four digits, 1000 to 9999 (`2016`).
std::optional<int> year_of_name(std::string_view name);

/// Roles resolved against a header, as far as they go.
struct ResolvedColumns {
  Layout layout;
  /// The first problem met; the roles it did not stop are resolved all the same, to show what was found.
  std::optional<Error> problem;
};

/// Resolves every role against `header`, as resolve_columns does, returning the first problem instead of throwing it.
ResolvedColumns resolve_columns_partly(std::vector<std::string> header, const LoadOptions& options,
                                       const std::string& file, std::uint32_t line);

/// Resolves every role against `header`. Throws Error (naming `file` and the header's `line`) when a flag names
/// no column, when a required role has no column, or when the header repeats a name that a role needs. The table
/// is wide with options.shape wide, or, without options.shape, when no column is a year column by flag or alias
/// and at least kWideYearColumns names are years; its counts are then in those columns.
Layout resolve_columns(std::vector<std::string> header, const LoadOptions& options, const std::string& file,
                       std::uint32_t line);

/// With options.no_header, the position (from 0) of each role's column, indexed by Role; empty when not given (and
/// for every role without --no-header). Throws a usage error, before any file is read, when a value is not a
/// position from 1, when two roles share a position, when a required role has none, or with --shape wide or --skip,
/// which need a header.
std::array<std::optional<std::size_t>, kRoleCount> column_positions(const LoadOptions& options);

/// The columns of a file without a header whose first row, on `line`, has `fields` fields: named "column 1"… and
/// given their roles by position. The problem is a position beyond the row's fields.
ResolvedColumns positional_columns(std::size_t fields, const LoadOptions& options, const std::string& file,
                                   std::uint32_t line);

}  // namespace coopstat::input
