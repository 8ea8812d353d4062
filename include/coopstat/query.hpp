#pragma once
// What rows a command looks at (filters) and how it groups them (keys).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/table.hpp"

namespace coopstat {

/// The keys rows can be grouped by.
enum class Key { partner, year, field, type, region, subregion, code, reporter, pair };

/// A key's name on the command line and in headers, what it means, and how its values are read, named, counted and
/// ordered (see key_value, key_text, key_domain and key_less).
struct KeyInfo {
  Key key;
  std::string_view name;
  std::string_view help;
  std::uint32_t (*value)(const Table& table, std::size_t row);
  std::string (*text)(const Table& table, std::uint32_t value);
  std::size_t (*domain)(const Table& table);
  bool (*less)(const Table& table, std::uint32_t a, std::uint32_t b);
};

/// The key table; parsing and help come from it.
std::span<const KeyInfo> key_catalogue();
/// The name of `key`.
std::string_view key_name(Key key);
/// Parses a key name; a usage Error with "did you mean" when unknown.
Key parse_key(std::string_view name);

/// Filters as given on the command line.
struct Filters {
  std::optional<int> from;
  std::optional<int> to;
  std::vector<std::string> partners;
  std::vector<std::string> fields;
  std::vector<std::string> types;
  std::vector<std::string> reporters;
};

/// Throws a usage Error for filters that contradict each other (--from after --to), which needs no data.
void check_filters(const Filters& filters);

/// Filters resolved against a Table: names turned into codes, checked once.
class Query {
 public:
  /// Throws a usage Error for a name the data does not hold (with "did you mean") or for from > to. `threads` add up
  /// the rows (0: one per core).
  Query(const Table& table, const Filters& filters, unsigned threads = 0);

  /// Whether `row` passes every filter.
  [[nodiscard]] bool keeps(std::size_t row) const {
    const int year = table_.year[row];
    return year >= from_ && year <= to_ && allowed(partner_allowed_, table_.partner[row]) &&
           allowed(field_allowed_, table_.field[row]) && allowed(type_allowed_, table_.type[row]) &&
           (reporter_allowed_.empty() || reporter_allowed_[table_.reporter[row]]);
  }
  [[nodiscard]] const Table& table() const { return table_; }
  [[nodiscard]] const Filters& filters() const { return filters_; }
  /// The threads that add up the rows (--threads; 0: one per core).
  [[nodiscard]] unsigned threads() const { return threads_; }
  /// The filters in words, e.g. "2015–2022; partner France or Japan; field space"; empty without filters.
  [[nodiscard]] std::string description() const;

 private:
  // An empty mask allows every code.
  static bool allowed(const std::vector<bool>& mask, std::uint32_t code) { return mask.empty() || mask[code]; }

  const Table& table_;
  Filters filters_;
  unsigned threads_;
  // The names the filters matched, as the data spells them (for description()).
  std::vector<std::string> partner_names_;
  std::vector<std::string> field_names_;
  std::vector<std::string> type_names_;
  std::vector<std::string> reporter_names_;
  int from_;
  int to_;
  std::vector<bool> partner_allowed_;
  std::vector<bool> field_allowed_;
  std::vector<bool> type_allowed_;
  std::vector<bool> reporter_allowed_;
};

/// The value of `key` in `row`: a dictionary code (of the table's, or for region and subregion of the country
/// table's), the partner's entry index in the country table (one past the last entry when none), or the year.
std::uint32_t key_value(const Table& table, Key key, std::size_t row);
/// How an empty field or type name is shown.
inline constexpr std::string_view kNoName = "(none)";
/// The text of a key value: a name (kNoName for an empty field, type or region), a code, "Unknown" for the
/// region, subregion or code of a partner that matches no country, or the year written out.
std::string key_text(const Table& table, Key key, std::uint32_t value);
/// How many distinct values `key` can take: its values are below this (years never exceed 9999).
std::size_t key_domain(const Table& table, Key key);
/// Orders two values of `key`: names by byte order, years by number.
bool key_less(const Table& table, Key key, std::uint32_t a, std::uint32_t b);

/// Rows grouped by an ordered list of keys; group_rows numbers groups in order of first appearance (the engine's
/// groups come in no documented order).
/// With no keys, every kept row is in group 0 (and there is no group when no row is kept).
struct Groups {
  static constexpr std::uint32_t kNoGroup = UINT32_MAX;

  std::vector<Key> keys;
  /// Each group's key values, keys.size() per group.
  std::vector<std::uint32_t> key_values;
  std::size_t group_count = 0;

  [[nodiscard]] std::size_t size() const { return group_count; }
  [[nodiscard]] std::uint32_t value(std::size_t group, std::size_t key_index) const {
    return key_values[group * keys.size() + key_index];
  }
  /// The group of `row`, or kNoGroup for a row the query filters out; while the grouped query lives. Only for
  /// groups made by group_rows: the engine's groups carry their keys and values only.
  [[nodiscard]] std::uint32_t of(std::size_t row) const {
    if (!row_group.empty()) return row_group[row];
    if (!query->keeps(row)) return kNoGroup;
    return first_level[keys.empty() ? 0 : key_value(query->table(), keys[0], row)];
  }

  // By one key (or none) a row's group follows from its value, so no column of 4 bytes a row is kept: first_level
  // numbers the values. By more, row_group holds each row's group.
  const Query* query = nullptr;
  std::vector<std::uint32_t> first_level;
  std::vector<std::uint32_t> row_group;
};

/// Counts, for each owner 0 … owners − 1, the distinct values among (owner << 32 | value) pairs; sorts `pairs`.
std::vector<std::size_t> count_distinct_pairs(std::vector<std::uint64_t>& pairs, std::size_t owners);

/// Groups the rows the query keeps by `keys`.
Groups group_rows(const Query& query, std::span<const Key> keys);

}  // namespace coopstat
