#include "input/stream_pieces.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <string_view>

#include "huge_pages.hpp"
#include "input/byte_masks.hpp"

namespace coopstat::input {
namespace {

// Where the last record of `bytes` ends: just past its last LF outside quotes (`quotes` is how many quotes `bytes`
// holds; they start outside quotes), with the LFs after it added to `breaks_after`. Empty when there is none.
std::optional<std::size_t> end_of_records(std::string_view bytes, std::uint64_t quotes, std::uint64_t& breaks_after) {
  for (std::size_t at = bytes.size(); at-- > 0;) {
    if (bytes[at] == '"') {
      --quotes;
    } else if (bytes[at] == '\n') {
      if (quotes % 2 == 0) return at + 1;
      ++breaks_after;
    }
  }
  return std::nullopt;
}

class PieceSource : public io::ByteSourceBase {
 public:
  explicit PieceSource(std::shared_ptr<const std::string> bytes) : bytes_(std::move(bytes)) {}
  int read(char* buffer, int size) override {
    const std::size_t count = std::min(bytes_->size() - next_, static_cast<std::size_t>(size));
    std::memcpy(buffer, bytes_->data() + next_, count);
    next_ += count;
    return static_cast<int>(count);
  }

 private:
  std::shared_ptr<const std::string> bytes_;
  std::size_t next_ = 0;
};

}  // namespace

StreamPieces::StreamPieces(std::string start, io::ByteSourceBase& rest, std::uint64_t first_line,
                           std::size_t piece_bytes)
    : carried_(std::move(start)), rest_(rest), line_(first_line), piece_bytes_(std::max<std::size_t>(piece_bytes, 1)) {}

std::optional<StreamPiece> StreamPieces::next() {
  std::string bytes = std::move(carried_);
  carried_.clear();
  std::size_t wanted = piece_bytes_;
  std::uint64_t breaks = 0;
  while (true) {
    if (bytes.capacity() < wanted) {
      // Fresh memory, the input's size in all: 2 MiB pages fault 512 times less.
      bytes.reserve(wanted);
      prefer_huge_pages(bytes.data(), bytes.capacity());
    }
    while (!ended_ && bytes.size() < wanted) {
      const std::size_t old_size = bytes.size();
      const auto asked = static_cast<int>(std::min<std::size_t>(wanted - old_size, INT_MAX));
      bytes.resize(old_size + static_cast<std::size_t>(asked));
      const int got = read_fully(rest_, bytes.data() + old_size, asked);
      bytes.resize(old_size + static_cast<std::size_t>(got));
      ended_ = got < asked;
    }
    // The bytes the piece is cut from: those read before it may hold several pieces (the header search reads ahead).
    const std::string_view scanned = std::string_view(bytes).substr(0, wanted);
    const QuotesAndBreaks counted = count_quotes_and_breaks(scanned.data(), scanned.size(), '\n');
    breaks = counted.line_breaks;
    if (ended_ && scanned.size() == bytes.size()) break;
    std::uint64_t breaks_after = 0;
    std::optional<std::size_t> end = end_of_records(scanned, counted.quotes, breaks_after);
    // One record longer than csv.h reads: the piece holds more than kLongestRecord of it, for csv.h to refuse.
    if (!end && scanned.size() > kLongestRecord) end = scanned.size();
    if (end) {
      carried_.assign(bytes, *end);
      bytes.resize(*end);
      breaks -= breaks_after;
      break;
    }
    wanted = std::min(wanted * 2, 2 * kLongestRecord);
  }
  if (bytes.empty() && given_) return std::nullopt;
  given_ = true;
  StreamPiece piece{std::make_shared<const std::string>(std::move(bytes)), line_, breaks};
  line_ += breaks;
  return piece;
}

std::unique_ptr<io::ByteSourceBase> piece_source(std::shared_ptr<const std::string> bytes) {
  return std::make_unique<PieceSource>(std::move(bytes));
}

}  // namespace coopstat::input
