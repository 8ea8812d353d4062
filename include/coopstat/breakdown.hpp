#pragma once
// What each group's cooperation is made of: totals per category (field, partner or type), within groups,
// with multi-valued field cells split by a policy.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coopstat/dictionary.hpp"
#include "coopstat/query.hpp"
#include "coopstat/stats.hpp"

namespace coopstat {

/// How a split field cell counts.
enum class SplitCount {
  full,        ///< each field of the cell gets the row's whole count (field totals add up to more than the rows)
  fractional,  ///< the count is divided equally among the cell's fields (totals are preserved)
};

/// Splitting multi-valued field cells ("climate change; clean energy"): off when the separator is empty.
struct SplitPolicy {
  std::string separator;
  SplitCount count = SplitCount::full;
};

/// What to break down.
struct BreakdownSpec {
  Key by = Key::field;            ///< the categories
  std::optional<Key> within;      ///< break down inside each value of this key; else one group of all rows
  SplitPolicy split;              ///< only with by = field
  std::optional<int> first_year;  ///< keep only these years too (for comparing periods)
  std::optional<int> last_year;
};

/// A category's total in a group, and how many distinct "involved" values (partners, or fields) it has.
struct CategoryTotal {
  std::uint32_t category = 0;  ///< code in Breakdown::categories
  Sum total;
  std::size_t involved = 0;
};

/// One group: its key value (0 without --within), total, involved count and categories, the largest first
/// (ties in name order).
struct BreakdownGroup {
  std::uint32_t value = 0;
  Sum total;
  std::size_t involved = 0;
  std::vector<CategoryTotal> categories;
};

/// The breakdown of every group, groups in key order.
struct Breakdown {
  Dictionary categories;            ///< display names: split, trimmed, first spelling of names equal but for case
  Key involved_key = Key::partner;  ///< partners, or fields when the categories are partners
  std::vector<BreakdownGroup> groups;
};

/// The key whose distinct values are counted as "involved" for categories of `by`.
Key involved_key_for(Key by);

/// Splits a field cell: parts trimmed, empty parts dropped; no part at all gives one empty name.
std::vector<std::string> split_field(std::string_view cell, std::string_view separator);

/// Throws a usage Error for a split of a key other than field, or --within the same key as --by.
void check_spec(const BreakdownSpec& spec);

/// Breaks down the rows the query keeps; check_spec() first.
Breakdown break_down(const Query& query, const BreakdownSpec& spec);

}  // namespace coopstat
