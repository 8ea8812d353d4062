#include "line_index.hpp"

#include <algorithm>
#include <utility>

namespace coopstat {

std::uint32_t LineIndex::operator[](std::size_t row) const {
  // The last run starting at or before `row`.
  const auto after = std::upper_bound(runs_.begin(), runs_.end(), row,
                                      [](std::size_t r, const Run& run) { return r < run.first_row; });
  const Run& run = *(after - 1);
  return static_cast<std::uint32_t>(run.first_line + (row - run.first_row));
}

void LineIndex::keep_rows(const std::vector<bool>& kept) {
  LineIndex kept_lines;
  for (std::size_t run = 0; run < runs_.size(); ++run) {
    const Run& from = runs_[run];
    for (std::size_t row = from.first_row; row < end_of(run); ++row)
      if (kept[row]) kept_lines.push_back(static_cast<std::uint32_t>(from.first_line + (row - from.first_row)));
  }
  *this = std::move(kept_lines);
}

void LineIndex::append(LineIndex&& more) {
  for (std::size_t run = 0; run < more.runs_.size(); ++run)
    add_run(more.runs_[run].first_line, more.end_of(run) - more.runs_[run].first_row);
  more = LineIndex();
}

void LineIndex::add_run(std::uint32_t first_line, std::size_t rows) {
  const bool continues =
      !runs_.empty() && std::uint64_t{first_line} == runs_.back().first_line + (rows_ - runs_.back().first_row);
  if (!continues) runs_.push_back({rows_, first_line});
  rows_ += rows;
}

}  // namespace coopstat
