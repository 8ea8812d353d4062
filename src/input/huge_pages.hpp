#pragma once
// Asking Linux for 2 MiB pages where the loader writes hundreds of megabytes into fresh memory: one fault per
// 2 MiB instead of one per 4 KiB (each costs microseconds: the page is zeroed and charged).

#include <cstddef>
#include <memory>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// Advises transparent huge pages for the whole 2 MiB pages inside [begin, begin + bytes), before they are
/// touched; nothing where the system has no such advice. Only a hint: memory and contents are unchanged.
void prefer_huge_pages(void* begin, std::size_t bytes);

/// `source`, whose reader's buffer (where its first read goes, csv.h's 32 MiB of a 48 MiB allocation) is advised
/// huge pages: each piece of a split file gets a new reader, whose buffer is fresh memory.
std::unique_ptr<io::ByteSourceBase> with_huge_page_buffer(std::unique_ptr<io::ByteSourceBase> source);

}  // namespace coopstat::input
