#include "coopstat/result.hpp"

#include <algorithm>

namespace coopstat {

void drop_totals(ResultTable& table) {
  std::vector<std::vector<Cell>> kept;
  kept.reserve(table.rows.size() - std::min(table.rows.size(), table.total_rows.size()));
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    if (std::find(table.total_rows.begin(), table.total_rows.end(), r) == table.total_rows.end())
      kept.push_back(std::move(table.rows[r]));
  table.rows = std::move(kept);
  table.total_rows.clear();

  // From the last column back, so that the indices still to erase stay valid.
  for (std::size_t c = table.columns.size(); c-- > 0;) {
    if (!table.columns[c].total) continue;
    table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(c));
    for (std::vector<Cell>& row : table.rows) row.erase(row.begin() + static_cast<std::ptrdiff_t>(c));
  }
}

}  // namespace coopstat
