#pragma once
// Every line of the bytes csv.h reads ends with a line feed.
//
// csv.h splits lines at LF only (and drops a CR before it): a file whose lines end with a CR alone (old Mac, some
// spreadsheet exports) is one line to it. A CR not followed by a LF is read as a LF, so that such lines are lines
// for the header search, the row reader and the line numbers alike (inside quotes, like a LF, it is then joined).
//
// The end of the input: csv.h's LineReader looks for the end of a line with
// `while (buffer[line_end] != '\n' && line_end != data_end)`, which reads the byte just past the data before it
// checks the bound. That byte is uninitialised, or left over from an earlier block. When the last line has no
// line break and that byte happens to be a '\n', the reader takes it for the line's end, moves past the end of
// the data and reads leftover bytes as rows. Once its position passes the block it asks its reader thread for
// another block. That thread has already ended after a read of 0 bytes, so csv.h waits forever. On a stream of
// 3 × 2^24 + 1 to 4 × 2^24 bytes this happens when the byte 2^24 before the end is a '\n': the reads are 2^25
// bytes, 2^24, the rest, then 0, and the block that read 0 still holds bytes from two reads earlier. Data that
// ends with a line break never lets the scan reach that byte.

#include <memory>

#include "input/byte_source.hpp"

namespace coopstat::input {

/// `source` with each line ending in a line feed: a CR that is not followed by a LF is read as a LF, and a LF is
/// added after the last line when the input does not end with one.
std::unique_ptr<io::ByteSourceBase> with_line_feeds(std::unique_ptr<io::ByteSourceBase> source);

}  // namespace coopstat::input
