#pragma once
// Refusing input that is not text: a NUL byte would silently cut a line short in csv.h, and a UTF-16 file
// would read as garbage.

#include <cstdint>
#include <memory>
#include <string>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// Passes `source` through, throwing an Error naming `name` and the line at the first NUL byte, or at the
/// start for a UTF-16 byte order mark. `first_line` is the line `source` starts on (a chunk of a file starts
/// further on, and has no byte order mark to look for).
std::unique_ptr<io::ByteSourceBase> text_only(std::unique_ptr<io::ByteSourceBase> source, const std::string& name,
                                              std::uint64_t first_line = 1);

}  // namespace coopstat::input
