#pragma once
// An input's bytes as UTF-8: the stage after decompression that reads an input's encoding. A byte order mark
// chooses UTF-8 or UTF-16 by itself; --encoding names any encoding glibc's iconv knows (cp1252, latin1…), whose
// bytes are converted to UTF-8 as they are read. Line breaks stay where they were, so line numbers stay the file's.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "coopstat/input_types.hpp"
#include "input/byte_source.hpp"

namespace coopstat::input {

/// An input's bytes as UTF-8, and how its encoding was chosen.
struct Utf8Source {
  std::unique_ptr<io::ByteSourceBase> bytes;
  std::string encoding;  ///< as --encoding names it, or as the byte order mark says (UTF-8, UTF-16LE, UTF-16BE)
  EncodingSource chosen_by = EncodingSource::by_default;
  bool converted = false;  ///< the bytes are iconv's, not the input's own (the file cannot be read in pieces)
};

/// `source` read as `encoding` (as parse_encoding() accepts it; empty: as its byte order mark says, else UTF-8). Bytes
/// that are no character of the encoding, an input that ends inside a character, and a byte order mark that contradicts
/// `encoding` are Errors naming `name` and the line.
Utf8Source as_utf8(std::unique_ptr<io::ByteSourceBase> source, const std::optional<std::string>& encoding,
                   const std::string& name);

/// What reading `source` assumed, to tell the user: a UTF-16 byte order mark chose the encoding.
std::optional<Assumption> encoding_assumption(const Utf8Source& source);

}  // namespace coopstat::input
