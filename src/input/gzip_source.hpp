#pragma once
// Reading gzip-compressed input (.csv.gz, or gzip on standard input), recognised by its magic bytes.

#include <memory>
#include <string>
#include <string_view>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// Whether `first_bytes` start with the gzip magic bytes.
bool gzip_magic(std::string_view first_bytes);

/// `source` itself, or its decompressed bytes when it starts with the gzip magic bytes (1f 8b). Concatenated
/// gzip members are read one after the other. A corrupt or truncated stream is an Error naming `name`.
std::unique_ptr<io::ByteSourceBase> decompressed(std::unique_ptr<io::ByteSourceBase> source, const std::string& name);

}  // namespace coopstat::input
