#include "coopstat/row_lines.hpp"

#include <utility>

#include "line_index.hpp"

namespace coopstat {

RowLines::RowLines() : index_(std::make_unique<LineIndex>()) {}

RowLines::RowLines(RowLines&& other) : index_(std::exchange(other.index_, std::make_unique<LineIndex>())) {}

RowLines& RowLines::operator=(RowLines&& other) noexcept {
  index_.swap(other.index_);
  return *this;
}

RowLines::~RowLines() = default;

std::uint32_t RowLines::operator[](std::size_t row) const { return (*index_)[row]; }

std::size_t RowLines::size() const { return index_->size(); }

}  // namespace coopstat
