// group_rows and count_distinct_pairs (declared in query.hpp): numbering groups as the rows meet them, which the
// engine falls back on for combinations of keys too many to number densely, and counting distinct values.
#include <algorithm>
#include <unordered_map>

#include "coopstat/query.hpp"

namespace coopstat {

std::vector<std::size_t> count_distinct_pairs(std::vector<std::uint64_t>& pairs, std::size_t owners) {
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<std::size_t> counts(owners, 0);
  for (const std::uint64_t pair : pairs) ++counts[pair >> 32];
  return counts;
}

Groups group_rows(const Query& query, std::span<const Key> keys) {
  const Table& table = query.table();
  Groups groups;
  groups.keys.assign(keys.begin(), keys.end());
  groups.query = &query;
  const bool by_one_key = keys.size() <= 1;
  if (!by_one_key) groups.row_group.assign(table.rows(), Groups::kNoGroup);

  // Each key refines the groups of the keys before it. The first key's values are dense, so an array numbers
  // them; a further key maps (group so far, value) to the refined group.
  std::vector<std::uint32_t>& first_level = groups.first_level;
  first_level.assign(keys.empty() ? 1 : key_domain(table, keys[0]), Groups::kNoGroup);
  std::vector<std::unordered_map<std::uint64_t, std::uint32_t>> refinements(keys.empty() ? 0 : keys.size() - 1);
  std::vector<std::uint32_t> level_sizes(std::max<std::size_t>(keys.size(), 1), 0);
  for (std::size_t row = 0; row < table.rows(); ++row) {
    if (!query.keeps(row)) continue;
    std::uint32_t& first = first_level[keys.empty() ? 0 : key_value(table, keys[0], row)];
    bool is_new = first == Groups::kNoGroup;
    if (is_new) first = level_sizes[0]++;
    std::uint32_t group = first;
    for (std::size_t level = 1; level < keys.size(); ++level) {
      const std::uint64_t pair = (std::uint64_t{group} << 32) | key_value(table, keys[level], row);
      const auto [it, inserted] = refinements[level - 1].try_emplace(pair, level_sizes[level]);
      if (inserted) ++level_sizes[level];
      is_new = inserted;
      group = it->second;
    }
    if (is_new) {
      for (const Key key : keys) groups.key_values.push_back(key_value(table, key, row));
      ++groups.group_count;
    }
    if (!by_one_key) groups.row_group[row] = group;
  }
  return groups;
}

}  // namespace coopstat
