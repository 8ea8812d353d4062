#pragma once
// Refusing input that is not text: a NUL byte would silently cut a line short in csv.h, and a UTF-16 file
// would read as garbage.

#include <memory>
#include <string>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// Passes `source` through, throwing an Error naming `name` and the line at the first NUL byte, or at the
/// start for a UTF-16 byte order mark.
std::unique_ptr<io::ByteSourceBase> text_only(std::unique_ptr<io::ByteSourceBase> source, const std::string& name);

}  // namespace coopstat::input
