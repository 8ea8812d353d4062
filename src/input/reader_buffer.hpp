#pragma once
// csv.h's buffer on huge pages: each piece of a split file gets a new reader, whose 48 MiB buffer is fresh memory.

#include <memory>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// `source`, whose reader's buffer (where its first read goes: csv.h reads 32 MiB into a 48 MiB allocation) is
/// advised huge pages.
std::unique_ptr<io::ByteSourceBase> with_huge_page_buffer(std::unique_ptr<io::ByteSourceBase> source);

}  // namespace coopstat::input
