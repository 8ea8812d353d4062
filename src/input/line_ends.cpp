#include "input/line_ends.hpp"

namespace coopstat::input {
namespace {

class LineFeedSource : public io::ByteSourceBase {
 public:
  explicit LineFeedSource(std::unique_ptr<io::ByteSourceBase> source) : source_(std::move(source)) {}

  int read(char* buffer, int size) override {
    int filled = 0;
    if (!ended_) {
      filled = read_fully(*source_, buffer, size);
      ended_ = filled < size;
    }
    if (filled > 0) last_ = buffer[filled - 1];
    // When the input ends on a full buffer, its line feed is the next read.
    if (ended_ && last_ != '\n' && filled < size) {
      buffer[filled++] = '\n';
      last_ = '\n';
    }
    return filled;
  }

 private:
  std::unique_ptr<io::ByteSourceBase> source_;
  bool ended_ = false;
  char last_ = '\n';  // an empty input needs no line feed
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> with_line_feeds(std::unique_ptr<io::ByteSourceBase> source) {
  return std::make_unique<LineFeedSource>(std::move(source));
}

}  // namespace coopstat::input
