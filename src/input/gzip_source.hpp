#pragma once
// Reading gzip-compressed input (.csv.gz, or gzip on standard input) with zlib: faster than through libarchive.

#include <memory>
#include <string>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// The decompressed bytes of `source`, a gzip stream. Concatenated gzip members are read one after the other. A
/// corrupt or truncated stream is an Error naming `name`.
std::unique_ptr<io::ByteSourceBase> gunzipped(std::unique_ptr<io::ByteSourceBase> source, const std::string& name);

}  // namespace coopstat::input
