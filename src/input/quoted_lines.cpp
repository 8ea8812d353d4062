#include "input/quoted_lines.hpp"

#include <algorithm>
#include <bit>

#include "input/binary_guard.hpp"
#include "input/byte_masks.hpp"

namespace coopstat::input {

std::uint64_t LineMap::physical(std::uint64_t logical) const {
  if (!joined()) return logical + offset_;
  const std::lock_guard lock(mutex_);
  const auto before = std::lower_bound(joins_.begin(), joins_.end(), logical) - joins_.begin();
  return logical + static_cast<std::uint64_t>(before) + offset_;
}

std::uint64_t LineMap::joins() const {
  const std::lock_guard lock(mutex_);
  return joins_.size();
}

void LineMap::record_join(std::uint64_t logical) {
  const std::lock_guard lock(mutex_);
  joins_.push_back(logical);
  joined_.store(true, std::memory_order_release);
}

namespace {

// One pass over each block csv.h asks for: a NUL byte is refused, line breaks inside quotes become spaces, and
// the logical lines are counted for the joins' record.
class RecordSource : public io::ByteSourceBase {
 public:
  RecordSource(std::unique_ptr<io::ByteSourceBase> source, std::string name, std::shared_ptr<LineMap> lines)
      : source_(std::move(source)), name_(std::move(name)), lines_(std::move(lines)) {}

  int read(char* buffer, int size) override {
    const int got = read_fully(*source_, buffer, size);
    scan_block(buffer, static_cast<std::size_t>(got));
    return got;
  }

 private:
  void scan_block(char* buffer, std::size_t length) {
    std::size_t at = 0;
    for (; at + kMaskBytes <= length; at += kMaskBytes) scan(buffer, at, masks_of(buffer + at));
    if (at < length) scan(buffer, at, masks_of_tail(buffer + at, length - at));
  }

  void scan(char* buffer, std::size_t at, const ByteMasks& masks) {
    if (masks.nuls != 0) {
      // Every line break before it counts: those outside quotes so far, those joined so far, those of this word.
      const int nul = std::countr_zero(masks.nuls);
      throw nul_byte(name_, lines_->offset() + 1 + logical_breaks_ + joined_breaks_ +
                                static_cast<std::uint64_t>(std::popcount(bits_below(masks.line_breaks, nul))));
    }
    const std::uint64_t inside = prefix_parity(masks.quotes) ^ (quoted_ ? ~std::uint64_t{0} : 0);
    quoted_ = (inside >> 63) != 0;
    const std::uint64_t record_breaks = masks.line_breaks & ~inside;
    for (std::uint64_t joined = masks.line_breaks & inside; joined != 0; joined &= joined - 1) {
      const int bit = std::countr_zero(joined);
      lines_->record_join(logical_breaks_ + 1 +
                          static_cast<std::uint64_t>(std::popcount(bits_below(record_breaks, bit))));
      char* const line_break = buffer + at + static_cast<std::size_t>(bit);
      *line_break = ' ';
      if (line_break > buffer && line_break[-1] == '\r') line_break[-1] = ' ';
      ++joined_breaks_;
    }
    logical_breaks_ += static_cast<std::uint64_t>(std::popcount(record_breaks));
  }

  std::unique_ptr<io::ByteSourceBase> source_;
  std::string name_;
  std::shared_ptr<LineMap> lines_;
  bool quoted_ = false;
  std::uint64_t logical_breaks_ = 0;  // line breaks outside quotes so far: csv.h's lines
  std::uint64_t joined_breaks_ = 0;   // line breaks inside quotes so far
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> prepare_records(std::unique_ptr<io::ByteSourceBase> source, std::string name,
                                                    std::shared_ptr<LineMap> lines) {
  return std::make_unique<RecordSource>(std::move(source), std::move(name), std::move(lines));
}

}  // namespace coopstat::input
