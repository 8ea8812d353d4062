#include "input/line_ends.hpp"

#include <cstring>
#include <optional>

namespace coopstat::input {
namespace {

class LineFeedSource : public io::ByteSourceBase {
 public:
  explicit LineFeedSource(std::unique_ptr<io::ByteSourceBase> source) : source_(std::move(source)) {}

  int read(char* buffer, int size) override {
    if (size <= 0) return 0;
    int filled = 0;
    if (held_) {
      buffer[filled++] = *held_;
      held_.reset();
    }
    if (!ended_) {
      const int got = read_fully(*source_, buffer + filled, size - filled);
      ended_ = got < size - filled;
      filled += got;
    }
    lone_crs_to_line_feeds(buffer, filled);
    if (filled > 0) last_ = buffer[filled - 1];
    // When the input ends on a full buffer, its line feed is the next read.
    if (ended_ && !held_ && last_ != '\n' && filled < size) {
      buffer[filled++] = '\n';
      last_ = '\n';
    }
    return filled;
  }

 private:
  // A CR at the end of the buffer is decided by the next byte, read ahead and held for the next read.
  void lone_crs_to_line_feeds(char* buffer, int size) {
    char* const end = buffer + size;
    for (char* cr = buffer; (cr = static_cast<char*>(std::memchr(cr, '\r', static_cast<std::size_t>(end - cr))));
         ++cr) {
      if (cr + 1 == end && !ended_) {
        char next = 0;
        if (read_fully(*source_, &next, 1) == 1) {
          held_ = next;
        } else {
          ended_ = true;
        }
      }
      const bool line_feed_next = cr + 1 < end ? cr[1] == '\n' : held_ == '\n';
      if (!line_feed_next) *cr = '\n';
    }
  }

  std::unique_ptr<io::ByteSourceBase> source_;
  std::optional<char> held_;  // read ahead, not yet given
  bool ended_ = false;        // source_ has given its last byte
  char last_ = '\n';          // the last byte given; none yet: an empty input needs no line feed
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> with_line_feeds(std::unique_ptr<io::ByteSourceBase> source) {
  return std::make_unique<LineFeedSource>(std::move(source));
}

}  // namespace coopstat::input
