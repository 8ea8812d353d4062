#include "coopstat/breakdown.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "coopstat/error.hpp"
#include "coopstat/text.hpp"
#include "coopstat/totals.hpp"

namespace coopstat {
namespace {

// The categories each value of the `by` key counts for, with the weight of its count.
struct CategoryMap {
  std::vector<std::vector<std::uint32_t>> categories;  // indexed by the key's value
  std::vector<double> weights;
};

CategoryMap map_categories(const Table& table, const BreakdownSpec& spec, Dictionary& names) {
  CategoryMap map;
  // With a split, names equal but for ASCII case are one category, shown as first spelled.
  std::unordered_map<std::string, std::uint32_t> by_folded_name;
  const auto values = static_cast<std::uint32_t>(key_domain(table, spec.by));
  for (std::uint32_t value = 0; value < values; ++value) {
    std::vector<std::uint32_t>& codes = map.categories.emplace_back();
    if (spec.split.separator.empty()) {
      codes.push_back(names.intern(key_text(table, spec.by, value)));
    } else {
      // Only field cells are split (break_down checks).
      for (const std::string& part : split_field(table.fields.name(value), spec.split.separator)) {
        const std::string shown = part.empty() ? std::string(kNoName) : part;
        const auto [it, added] = by_folded_name.try_emplace(ascii_lower(shown), 0);
        if (added) it->second = names.intern(shown);
        if (std::find(codes.begin(), codes.end(), it->second) == codes.end()) codes.push_back(it->second);
      }
    }
    const bool fractional = spec.split.count == SplitCount::fractional;
    map.weights.push_back(fractional ? 1.0 / static_cast<double>(codes.size()) : 1.0);
  }
  return map;
}

}  // namespace

Key involved_key_for(Key by) { return by == Key::partner ? Key::field : Key::partner; }

std::vector<std::string> split_field(std::string_view cell, std::string_view separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = cell.find(separator, begin);
    const std::string_view part = trim_blanks(cell.substr(begin, end == std::string_view::npos ? end : end - begin));
    if (!part.empty()) parts.emplace_back(part);
    if (end == std::string_view::npos) break;
    begin = end + separator.size();
  }
  if (parts.empty()) parts.emplace_back();
  return parts;
}

void check_spec(const BreakdownSpec& spec) {
  if (!spec.split.separator.empty() && spec.by != Key::field)
    throw usage_error(fmt::format("--split divides field cells; it does not apply to --by {}", key_name(spec.by)));
  if (spec.within && *spec.within == spec.by)
    throw usage_error(fmt::format("--within {0}: the breakdown is already by {0}", key_name(spec.by)));
}

Breakdown break_down(const Query& query, const BreakdownSpec& spec) {
  check_spec(spec);
  const Table& table = query.table();
  Breakdown result;
  result.involved_key = involved_key_for(spec.by);
  const CategoryMap map = map_categories(table, spec, result.categories);

  // Groups are numbered in key order; cells (group, category) as first met, then sorted per group.
  std::vector<std::uint32_t> group_of_value;
  if (spec.within) {
    const Key keys[] = {*spec.within};
    const Groups groups = group_rows(query, keys);
    std::vector<std::uint32_t> values;
    for (std::size_t g = 0; g < groups.size(); ++g) values.push_back(groups.value(g, 0));
    std::sort(values.begin(), values.end(),
              [&](std::uint32_t a, std::uint32_t b) { return key_less(table, *spec.within, a, b); });
    for (const std::uint32_t value : values) {
      if (value >= group_of_value.size()) group_of_value.resize(value + 1, Groups::kNoGroup);
      group_of_value[value] = static_cast<std::uint32_t>(result.groups.size());
      result.groups.push_back({value, {}, 0, {}});
    }
  } else {
    result.groups.push_back({0, {}, 0, {}});
  }

  struct Cell {
    std::uint32_t group;
    CategoryTotal total;
  };
  std::vector<Cell> cells;
  std::unordered_map<std::uint64_t, std::uint32_t> cell_of;
  std::vector<std::uint64_t> cell_involved, group_involved;
  for (std::size_t row = 0; row < table.rows(); ++row) {
    if (!query.keeps(row)) continue;
    const int year = table.year[row];
    if ((spec.first_year && year < *spec.first_year) || (spec.last_year && year > *spec.last_year)) continue;
    const std::uint32_t group = spec.within ? group_of_value[key_value(table, *spec.within, row)] : 0;
    const std::uint32_t by_value = key_value(table, spec.by, row);
    const std::uint32_t involved = key_value(table, result.involved_key, row);
    const double count = table.count[row] * map.weights[by_value];
    result.groups[group].total.add(table.count[row]);
    group_involved.push_back((std::uint64_t{group} << 32) | involved);
    for (const std::uint32_t category : map.categories[by_value]) {
      const auto [it, added] = cell_of.try_emplace((std::uint64_t{group} << 32) | category,
                                                   static_cast<std::uint32_t>(cells.size()));
      if (added) cells.push_back({group, {category, {}, 0}});
      cells[it->second].total.total.add(count);
      cell_involved.push_back((std::uint64_t{it->second} << 32) | involved);
    }
  }
  const std::vector<std::size_t> involved_per_cell = count_distinct_pairs(cell_involved, cells.size());
  const std::vector<std::size_t> involved_per_group = count_distinct_pairs(group_involved, result.groups.size());
  for (std::size_t c = 0; c < cells.size(); ++c) {
    cells[c].total.involved = involved_per_cell[c];
    result.groups[cells[c].group].categories.push_back(cells[c].total);
  }
  for (std::size_t g = 0; g < result.groups.size(); ++g) {
    BreakdownGroup& group = result.groups[g];
    group.involved = involved_per_group[g];
    // With the full count of split cells the categories add up to more than the rows: shares are of their sum.
    if (spec.split.count == SplitCount::full && !spec.split.separator.empty()) {
      group.total = Sum{};
      for (const CategoryTotal& category : group.categories) group.total.add(category.total.value());
    }
    std::sort(group.categories.begin(), group.categories.end(), [&](const CategoryTotal& a, const CategoryTotal& b) {
      if (total_less(b.total, a.total)) return true;
      if (total_less(a.total, b.total)) return false;
      return result.categories.name(a.category) < result.categories.name(b.category);
    });
  }
  return result;
}

}  // namespace coopstat
