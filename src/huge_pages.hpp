#pragma once
// Asking Linux for 2 MiB pages where coopstat writes hundreds of megabytes into fresh memory (the reader's buffer,
// the columns): one fault per 2 MiB instead of one per 4 KiB, each of which costs microseconds (the page is zeroed
// and charged).

#include <cstddef>

namespace coopstat {

/// Advises transparent huge pages for the whole 2 MiB pages inside [begin, begin + bytes), before they are
/// touched; nothing where the system has no such advice. Only a hint: memory and contents are unchanged.
void prefer_huge_pages(void* begin, std::size_t bytes);

/// Makes room for `size` elements in `column` (a std::vector) and advises huge pages for that room.
template <class Column>
void reserve_on_huge_pages(Column& column, std::size_t size) {
  column.reserve(size);
  prefer_huge_pages(column.data(), column.capacity() * sizeof(typename Column::value_type));
}

}  // namespace coopstat
