#pragma once
// The physical line each Table row came from, for messages; how lines are stored is internal (src/line_index.hpp).

#include <cstddef>
#include <cstdint>
#include <memory>

namespace coopstat {

class LineIndex;
struct Table;

/// Rows' source lines. Reading one is a search: for messages, not for loops over rows.
class RowLines {
 public:
  RowLines();
  /// Leaves `other` empty.
  RowLines(RowLines&& other);
  RowLines& operator=(RowLines&& other) noexcept;
  ~RowLines();

  /// The line of `row`.
  [[nodiscard]] std::uint32_t operator[](std::size_t row) const;
  [[nodiscard]] std::size_t size() const;

 private:
  friend struct Table;                // fills the index as rows are added, kept and appended
  std::unique_ptr<LineIndex> index_;  // never null
};

}  // namespace coopstat
