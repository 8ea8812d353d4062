#pragma once
// The in-memory data: equal-length columns, one entry per loaded row, names interned once.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "coopstat/count_column.hpp"
#include "coopstat/dictionary.hpp"
#include "coopstat/row_lines.hpp"

namespace coopstat {

class CountryTable;

/// One loaded input: its name as given, where its rows start, and the optional columns it has.
struct SourceFile {
  std::string name;
  std::size_t first_row = 0;
  bool has_field = false;  ///< the file has a field column
  bool has_type = false;   ///< the file has a type column
};

/// Columnar rows: 14 bytes a row (4 partner + 2 field + 2 type + 2 year + 4 count), 4 more once a count is not a
/// whole number that fits 32 bits, 8 more in bilateral tables (reporter and pair); lines take a few bytes a file.
struct Table {
  Dictionary partners;
  Dictionary fields;
  Dictionary types;
  /// Bilateral tables: who reported each row, and the pair (reporter and partner) it is about.
  Dictionary reporters;
  Dictionary pairs;

  std::vector<Dictionary::Code> partner;
  std::vector<std::uint16_t> field;
  std::vector<std::uint16_t> type;
  std::vector<std::int16_t> year;
  CountColumn count;
  /// The physical line (in its source file) each row came from, for messages.
  RowLines line;
  /// Only when a source has a reporter column (has_reporter), 4 bytes a row each; a row of a source without one
  /// has the empty reporter name.
  std::vector<Dictionary::Code> reporter;
  std::vector<Dictionary::Code> pair;

  /// Per partner code, while loading: the country code the data's code column gave with the name (the first
  /// seen), or empty; resolve_partner_names uses it, then empties it (partner codes change there).
  std::vector<std::string> partner_given_code;
  /// The country reference entry (countries.hpp) each partner code names, or kNoEntry; see partner_names.hpp.
  std::vector<std::uint32_t> partner_entry;
  static constexpr std::uint32_t kNoEntry = UINT32_MAX;
  /// The country reference table partner_entry indexes, set with it: the region, subregion and code keys read it
  /// here, so that per-row code reaches no global.
  const CountryTable* countries = nullptr;

  std::vector<SourceFile> sources;
  /// Whether any source had a field / type column (otherwise those names are all empty).
  bool has_field = false;
  bool has_type = false;
  /// Whether any source had a reporter column: a bilateral table.
  bool has_reporter = false;

  [[nodiscard]] std::size_t rows() const { return partner.size(); }
  /// Every count is a whole number, so sums are exact 64-bit integers.
  [[nodiscard]] bool counts_whole() const { return count.whole(); }
  /// The reference entry partner `code` names, or kNoEntry (also before names are resolved).
  [[nodiscard]] std::uint32_t entry_of_partner(Dictionary::Code code) const {
    return code < partner_entry.size() ? partner_entry[code] : kNoEntry;
  }
  /// The source a row came from.
  [[nodiscard]] const SourceFile& source_of(std::size_t row) const;
  /// The rows of sources[source]: [first, end).
  [[nodiscard]] std::pair<std::size_t, std::size_t> rows_of_source(std::size_t source) const;
  /// Keeps the rows whose flag is set, in order, and drops the rest (sources follow their rows).
  void keep_rows(const std::vector<bool>& kept);
  /// Makes room for `more` rows, so that appending them moves no column (the counts move once if one does not fit
  /// 32 bits; lines need no room).
  void reserve_more(std::size_t more);
  /// Appends the rows of `part`, a later piece of this table's last source read apart (a chunk of the same file):
  /// its names are interned in its code order, so codes are those one reading of the whole file gives. Each of
  /// `part`'s columns is freed once copied; a table without rows or names takes them over instead. `part` was read
  /// starting with this table's has_reporter, its field and type codes fit in 16 bits here, and the first code its rows
  /// gave each partner (partner_given_code) is the one this table has, if any.
  void append(Table&& part);
  /// Appends one row; the caller has interned the names.
  void add_row(Dictionary::Code partner_code, std::int16_t year_value, std::uint16_t field_code,
               std::uint16_t type_code, double count_value, std::uint32_t line_number);
};

}  // namespace coopstat
