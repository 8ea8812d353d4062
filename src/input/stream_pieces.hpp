#pragma once
// Splitting a byte stream that cannot be read at offsets (standard input, gzip, an archive member, a transcoded
// file) into pieces that start at records, as it arrives: each piece is read by its own csv.h reader on another
// thread while the next is read in. The bytes are those csv.h reads after the header, whose lines all end with a
// LF (line_ends.hpp), so a piece ends just past the last LF outside double quotes it holds.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// Records of a stream, from a record's start to just past a line break outside quotes (or to the end).
struct StreamPiece {
  std::shared_ptr<const std::string> bytes;
  std::uint64_t first_line = 0;   ///< the physical line the piece starts on
  std::uint64_t line_breaks = 0;  ///< the LFs it holds
};

/// The longest record csv.h reads (its block): a piece grows past it only to hold one record that csv.h refuses.
inline constexpr std::size_t kLongestRecord = std::size_t{1} << 24;

/// Reads a stream as pieces of about `piece_bytes` that end at records.
class StreamPieces {
 public:
  /// `start`: the stream's first bytes, already read; then `rest`. The stream starts at a record, outside quotes,
  /// on physical line `first_line`.
  StreamPieces(std::string start, io::ByteSourceBase& rest, std::uint64_t first_line, std::size_t piece_bytes);

  /// The next piece: about piece_bytes, more when one record is longer (up to twice kLongestRecord, where csv.h
  /// refuses it: the piece is then cut inside it). Empty once the stream is done; a stream without records gives
  /// one empty piece.
  std::optional<StreamPiece> next();

 private:
  std::string carried_;  // read past the end of the last piece
  io::ByteSourceBase& rest_;
  std::uint64_t line_;
  std::size_t piece_bytes_;
  bool ended_ = false;
  bool given_ = false;
};

/// A source over a piece's bytes.
std::unique_ptr<io::ByteSourceBase> piece_source(std::shared_ptr<const std::string> bytes);

}  // namespace coopstat::input
