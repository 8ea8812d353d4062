#include "input/quoted_lines.hpp"

#include <algorithm>
#include <cstring>

namespace coopstat::input {

std::uint64_t LineMap::physical(std::uint64_t logical) const {
  if (!joined()) return logical + offset_;
  const std::lock_guard lock(mutex_);
  const auto before = std::lower_bound(joins_.begin(), joins_.end(), logical) - joins_.begin();
  return logical + static_cast<std::uint64_t>(before) + offset_;
}

void LineMap::record_join(std::uint64_t logical) {
  const std::lock_guard lock(mutex_);
  joins_.push_back(logical);
  joined_.store(true, std::memory_order_release);
}

namespace {

class JoiningSource : public io::ByteSourceBase {
 public:
  JoiningSource(std::unique_ptr<io::ByteSourceBase> source, std::shared_ptr<LineMap> lines)
      : source_(std::move(source)), lines_(std::move(lines)) {}

  int read(char* buffer, int size) override {
    const int got = read_fully(*source_, buffer, size);
    char* const end = buffer + got;
    counted_up_to_ = buffer;
    // Jump from quote to quote: outside quotes nothing changes; inside, line breaks become spaces.
    for (char* at = buffer; at < end;) {
      if (!quoted_) {
        char* const quote = static_cast<char*>(std::memchr(at, '"', static_cast<std::size_t>(end - at)));
        if (quote == nullptr) break;
        quoted_ = true;
        at = quote + 1;
        continue;
      }
      char* const quote = static_cast<char*>(std::memchr(at, '"', static_cast<std::size_t>(end - at)));
      char* const span_end = quote == nullptr ? end : quote;
      for (char* line_break = at; (line_break = static_cast<char*>(std::memchr(line_break, '\n',
                                                                                static_cast<std::size_t>(span_end - line_break)))) != nullptr;) {
        lines_->record_join(logical_line_before(line_break));
        *line_break = ' ';
        if (line_break > at && line_break[-1] == '\r') line_break[-1] = ' ';
        ++line_break;
      }
      if (quote == nullptr) break;
      quoted_ = false;  // a doubled quote closes and reopens, which keeps the state right
      at = quote + 1;
    }
    count_lines_up_to(end);
    return got;
  }

 private:
  // The logical line (csv.h's count, 1-based) that holds `position`; lines are counted only when asked.
  std::uint64_t logical_line_before(const char* position) {
    count_lines_up_to(position);
    return logical_lines_ + 1;
  }
  void count_lines_up_to(const char* position) {
    logical_lines_ += static_cast<std::uint64_t>(std::count(counted_up_to_, position, '\n'));
    counted_up_to_ = position;
  }

  std::unique_ptr<io::ByteSourceBase> source_;
  std::shared_ptr<LineMap> lines_;
  bool quoted_ = false;
  std::uint64_t logical_lines_ = 0;  // complete logical lines before counted_up_to_
  const char* counted_up_to_ = nullptr;
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> join_quoted_lines(std::unique_ptr<io::ByteSourceBase> source,
                                                      std::shared_ptr<LineMap> lines) {
  return std::make_unique<JoiningSource>(std::move(source), std::move(lines));
}

}  // namespace coopstat::input
