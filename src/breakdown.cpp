#include "coopstat/breakdown.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "coopstat/engine.hpp"
#include "coopstat/error.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

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
  map.size = names.size();
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

  // One grouping (by --within, or all rows), its subtotals per category with the involved values of each.
  EngineRequest request;
  std::vector<Key> keys;
  if (spec.within) keys.push_back(*spec.within);
  request.groupings.push_back(
      {keys, std::nullopt, {result.involved_key}, SubtotalRequest{spec.by, &map, result.involved_key}});
  request.first_year = spec.first_year;
  request.last_year = spec.last_year;
  const EngineResult computed = compute_groups(query, request);
  const GroupingResult& grouping = computed.groupings.front();
  for (std::size_t g = 0; g < grouping.groups.size(); ++g) {
    BreakdownGroup& group = result.groups.emplace_back();
    group.value = spec.within ? grouping.groups.value(g, 0) : 0;
    group.total = grouping.totals[g].sum;
    group.involved = grouping.distinct.front()[g];
    for (const Subtotal& category : grouping.subtotals[g])
      group.categories.push_back({category.value, category.sum, category.distinct});
  }
  // Without --within there is one group, rows or not; with it, groups in key order.
  if (!spec.within && result.groups.empty()) result.groups.emplace_back();
  if (spec.within)
    std::sort(result.groups.begin(), result.groups.end(), [&](const BreakdownGroup& a, const BreakdownGroup& b) {
      return key_less(table, *spec.within, a.value, b.value);
    });
  for (BreakdownGroup& group : result.groups) {
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
