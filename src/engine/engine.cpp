#include "coopstat/engine.hpp"

#include <algorithm>
#include <climits>

#include "engine/row_ranges.hpp"
#include "engine/slots.hpp"

namespace coopstat {

void merge_whole(KeyTotal& into, const KeyTotal& part) {
  into.sum.add_whole_total(part.sum.integer());
  into.rows += part.rows;
}

void merge_whole(std::vector<KeyTotal>& into, const std::vector<KeyTotal>& parts) {
  for (std::size_t index = 0; index < into.size(); ++index) merge_whole(into[index], parts[index]);
}

bool total_less(const Sum& a, const Sum& b) {
  if (a.whole() && b.whole()) return a.integer() < b.integer();
  return a.value() < b.value();
}

namespace {

// How a row's count is added to a total. Whole counts add up as 64-bit integers, exact in any order, so that
// ranges of rows can be added up apart and merged; others go into the compensated sum row by row, in order.
struct AddWhole {
  static constexpr bool kInOrder = false;
  static void to(KeyTotal& total, double count) {
    total.sum.add_whole_total(static_cast<std::int64_t>(count));
    ++total.rows;
  }
};
struct AddInOrder {
  static constexpr bool kInOrder = true;
  static void to(KeyTotal& total, double count) {
    total.sum.add(count);
    ++total.rows;
  }
};

// A grouping of the request, resolved against the table: where each row's group and subtotals live.
struct GroupingPlan {
  const GroupingRequest* request;
  Slots slots;
  ValueRange sub_range;  // of the subtotals' key (categories: 0 to their number)
};

// What one pass (or one range of rows) adds up for a grouping; indexed by slot, and by cell for subtotals.
struct GroupingState {
  std::vector<KeyTotal> slots;
  std::vector<std::vector<std::uint64_t>> distinct;  // per distinct key: (slot << 32 | value), one per row
  std::vector<std::uint32_t> accumulator_of;         // in order only: the slot's accumulator, or none
  std::vector<Accumulator> accumulators;
  Cells cells;
  std::vector<KeyTotal> cell_totals;
  std::vector<std::uint64_t> cell_distinct;  // (cell << 32 | value)
};

struct PassState {
  KeyTotal all;
  int first_year = INT_MAX;
  int last_year = INT_MIN;
  std::vector<GroupingState> groupings;
};

// One pass over the rows for every grouping of a request: its plans, and adding up a range of rows.
class Pass {
 public:
  Pass(const Query& query, const EngineRequest& request) : query_(query), request_(request) {
    KeyRanges ranges(query.table());
    for (const GroupingRequest& grouping : request.groupings) {
      ValueRange sub_range;
      if (grouping.subtotals)
        sub_range = grouping.subtotals->categories != nullptr
                        ? ValueRange{0, static_cast<std::uint32_t>(grouping.subtotals->categories->size)}
                        : ranges.of(grouping.subtotals->key);
      plans_.push_back({&grouping, Slots(query, grouping.keys, ranges), sub_range});
    }
  }

  // Whether every total is a sum of whole counts that no grouping needs one by one, so that ranges of rows can be
  // added up apart, on every core.
  [[nodiscard]] bool adds_up_whole() const {
    if (!query_.table().counts_whole()) return false;
    for (const GroupingPlan& plan : plans_) {
      const GroupingRequest& request = *plan.request;
      if (request.row_stats && (request.row_stats->moments || request.row_stats->values)) return false;
      if (!request.subtotals) continue;
      if (!Cells(plan.slots.size(), plan.sub_range.extent).dense()) return false;
      if (const CategoryMap* map = request.subtotals->categories;
          map != nullptr && std::any_of(map->weights.begin(), map->weights.end(), [](double w) { return w != 1.0; }))
        return false;
    }
    return true;
  }

  template <class Add>
  PassState add_up(std::size_t begin, std::size_t end) const {
    const Table& table = query_.table();
    PassState state;
    for (const GroupingPlan& plan : plans_) state.groupings.push_back(empty_state(plan));
    for (std::size_t row = begin; row < end; ++row) {
      if (!keeps(row)) continue;
      const double count = table.count[row];
      Add::to(state.all, count);
      state.first_year = std::min<int>(state.first_year, table.year[row]);
      state.last_year = std::max<int>(state.last_year, table.year[row]);
      for (std::size_t g = 0; g < plans_.size(); ++g) add_row<Add>(plans_[g], row, count, state.groupings[g]);
    }
    return state;
  }

  [[nodiscard]] const std::vector<GroupingPlan>& plans() const { return plans_; }

 private:
  [[nodiscard]] bool keeps(std::size_t row) const {
    const int year = query_.table().year[row];
    return query_.keeps(row) && (!request_.first_year || year >= *request_.first_year) &&
           (!request_.last_year || year <= *request_.last_year);
  }

  static GroupingState empty_state(const GroupingPlan& plan) {
    const GroupingRequest& request = *plan.request;
    GroupingState state{std::vector<KeyTotal>(plan.slots.size()),
                        std::vector<std::vector<std::uint64_t>>(request.distinct_keys.size()),
                        {},
                        {},
                        Cells(plan.slots.size(), plan.sub_range.extent),
                        {},
                        {}};
    if (request.row_stats) state.accumulator_of.assign(plan.slots.size(), Groups::kNoGroup);
    state.cell_totals.resize(state.cells.size());
    return state;
  }

  template <class Add>
  void add_row(const GroupingPlan& plan, std::size_t row, double count, GroupingState& state) const {
    const Table& table = query_.table();
    const GroupingRequest& request = *plan.request;
    const std::uint32_t slot = plan.slots.of(row);
    Add::to(state.slots[slot], count);
    for (std::size_t k = 0; k < request.distinct_keys.size(); ++k)
      state.distinct[k].push_back((std::uint64_t{slot} << 32) | key_value(table, request.distinct_keys[k], row));
    if constexpr (Add::kInOrder) {
      if (request.row_stats) {
        std::uint32_t& index = state.accumulator_of[slot];
        if (index == Groups::kNoGroup) {
          index = static_cast<std::uint32_t>(state.accumulators.size());
          state.accumulators.emplace_back(*request.row_stats);
        }
        state.accumulators[index].add(count);
      }
    }
    if (!request.subtotals) return;
    const SubtotalRequest& sub = *request.subtotals;
    const std::uint32_t value = key_value(table, sub.key, row);
    const auto add_to_cell = [&](std::uint32_t index, double weighted) {
      const std::uint32_t cell = state.cells.index(slot, index);
      if (cell >= state.cell_totals.size()) state.cell_totals.resize(cell + 1);
      Add::to(state.cell_totals[cell], weighted);
      if (sub.distinct_key)
        state.cell_distinct.push_back((std::uint64_t{cell} << 32) | key_value(table, *sub.distinct_key, row));
    };
    if (sub.categories == nullptr) return add_to_cell(value - plan.sub_range.low, count);
    const double weighted = count * sub.categories->weights[value];
    for (const std::uint32_t category : sub.categories->categories[value]) add_to_cell(category, weighted);
  }

  const Query& query_;
  const EngineRequest& request_;
  std::vector<GroupingPlan> plans_;
};

void merge(PassState& into, PassState& part) {
  merge_whole(into.all, part.all);
  into.first_year = std::min(into.first_year, part.first_year);
  into.last_year = std::max(into.last_year, part.last_year);
  for (std::size_t g = 0; g < into.groupings.size(); ++g) {
    GroupingState& a = into.groupings[g];
    GroupingState& b = part.groupings[g];
    merge_whole(a.slots, b.slots);
    for (std::size_t k = 0; k < a.distinct.size(); ++k)
      a.distinct[k].insert(a.distinct[k].end(), b.distinct[k].begin(), b.distinct[k].end());
    merge_whole(a.cell_totals, b.cell_totals);  // dense cells: the same cell in every range
    a.cell_distinct.insert(a.cell_distinct.end(), b.cell_distinct.begin(), b.cell_distinct.end());
  }
}

// Each slot with rows becomes a group, in slot order.
GroupingResult collect(const GroupingPlan& plan, GroupingState& state, bool in_order) {
  const GroupingRequest& request = *plan.request;
  GroupingResult result;
  result.groups.keys = request.keys;
  std::vector<std::uint32_t> group_of(state.slots.size(), Groups::kNoGroup);
  for (std::uint32_t slot = 0; slot < state.slots.size(); ++slot) {
    const KeyTotal& total = state.slots[slot];
    if (total.rows == 0) continue;
    group_of[slot] = static_cast<std::uint32_t>(result.totals.size());
    result.totals.push_back(total);
    plan.slots.key_values(slot, result.groups.key_values);
    if (!request.row_stats) continue;
    if (in_order) {
      result.row_stats.push_back(std::move(state.accumulators[state.accumulator_of[slot]]));
    } else {
      result.row_stats.emplace_back(*request.row_stats).add_whole_values(total.rows, total.sum.integer());
    }
  }
  result.groups.group_count = result.totals.size();
  for (std::vector<std::uint64_t>& pairs : state.distinct) {
    const std::vector<std::size_t> per_slot = count_distinct_pairs(pairs, state.slots.size());
    std::vector<std::size_t>& per_group = result.distinct.emplace_back(result.totals.size());
    for (std::size_t slot = 0; slot < per_slot.size(); ++slot)
      if (group_of[slot] != Groups::kNoGroup) per_group[group_of[slot]] = per_slot[slot];
  }
  if (!request.subtotals) return result;
  result.subtotals.resize(result.totals.size());
  const std::vector<std::size_t> distinct = count_distinct_pairs(state.cell_distinct, state.cell_totals.size());
  const std::uint32_t low = request.subtotals->categories != nullptr ? 0 : plan.sub_range.low;
  for (std::uint32_t cell = 0; cell < state.cell_totals.size(); ++cell) {
    const KeyTotal& total = state.cell_totals[cell];
    if (total.rows == 0) continue;
    const auto [slot, sub] = state.cells.slot_and_sub(cell);
    result.subtotals[group_of[slot]].push_back({sub + low, total.sum, total.rows, distinct[cell]});
  }
  return result;
}

}  // namespace

EngineResult compute_groups(const Query& query, const EngineRequest& request) {
  const Pass pass(query, request);
  const bool whole = pass.adds_up_whole();
  PassState state = whole
                        ? add_up_on_cores(
                              query.table().rows(), query.threads(),
                              [&pass](std::size_t begin, std::size_t end) { return pass.add_up<AddWhole>(begin, end); },
                              [](PassState& into, PassState part) { merge(into, part); })
                        : pass.add_up<AddInOrder>(0, query.table().rows());
  EngineResult result;
  result.all = state.all;
  if (state.first_year <= state.last_year) result.span = {state.first_year, state.last_year};
  for (std::size_t g = 0; g < pass.plans().size(); ++g)
    result.groupings.push_back(collect(pass.plans()[g], state.groupings[g], !whole));
  return result;
}

}  // namespace coopstat
