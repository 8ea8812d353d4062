#pragma once
// Reading through libarchive: a compressed stream (xz, bzip2, zstd) as it arrives, and the members of a zip or tar
// archive (compressed or not), which are listed in one pass and read in another.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "input/archive_members.hpp"
#include "input/byte_source.hpp"

namespace coopstat::input {

/// An archive that can be read again from its start: a file libarchive opens itself (its compression included), or
/// bytes held in memory (an archive that came from standard input or out of another archive).
struct ArchiveBytes {
  std::string path;                          ///< the file, when not empty
  std::shared_ptr<const std::string> bytes;  ///< else the archive's bytes
};

/// The most bytes of an archive held in memory.
inline constexpr std::size_t kMostHeldBytes = std::size_t{1} << 30;

/// All of `source`'s bytes in memory, to read an archive that arrived as a stream (named `name`); more than
/// kMostHeldBytes is an Error.
ArchiveBytes held_in_memory(io::ByteSourceBase& source, const std::string& name);

/// The decompressed bytes of `compressed`, read as they are asked for. A corrupt or truncated stream is an Error
/// naming `name` and `format` ("xz").
std::unique_ptr<io::ByteSourceBase> decompressed_by_libarchive(std::unique_ptr<io::ByteSourceBase> compressed,
                                                               const std::string& name, std::string_view format);

/// Every entry of the zip or tar archive, in order, with the first bytes of each file. Errors name `name`.
std::vector<Member> list_members(const ArchiveBytes& archive, const std::string& name);

/// The bytes of `member`. Errors name `name` ("data.zip:table.csv").
std::unique_ptr<io::ByteSourceBase> member_bytes(const ArchiveBytes& archive, const std::string& member,
                                                 const std::string& name);

}  // namespace coopstat::input
