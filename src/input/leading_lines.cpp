#include "input/leading_lines.hpp"

#include <algorithm>

#include "coopstat/error.hpp"
#include "input/binary_guard.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

constexpr std::size_t kChunk = 64 * 1024;
// csv.h's own limit on a line's length (its block length, 2^24 bytes).
constexpr std::size_t kMaxLine = (1u << 24) - 1;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

LeadingLines::LeadingLines(io::ByteSourceBase& source, std::string name) : source_(source), name_(std::move(name)) {}

std::optional<LeadingLine> LeadingLines::next() {
  while (true) {
    const std::size_t newline = consumed_.find('\n', line_start_);
    if (newline == std::string::npos && !at_end_) {
      if (consumed_.size() - line_start_ > kMaxLine)
        throw Error(name_, lines_ + 1, "the header line is longer than 16 MiB");
      const std::size_t old_size = consumed_.size();
      consumed_.resize(old_size + kChunk);
      const int got = read_fully(source_, consumed_.data() + old_size, static_cast<int>(kChunk));
      consumed_.resize(old_size + static_cast<std::size_t>(got));
      at_end_ = got < static_cast<int>(kChunk);
      check_text(old_size);
      continue;
    }
    const std::size_t line_end = newline == std::string::npos ? consumed_.size() : newline;
    if (line_start_ == line_end && line_end == consumed_.size()) return std::nullopt;
    std::string_view line(consumed_.data() + line_start_, line_end - line_start_);
    if (lines_ == 0 && line.starts_with(kBom)) line.remove_prefix(kBom.size());
    if (line.ends_with('\r')) line.remove_suffix(1);
    line_start_ = newline == std::string::npos ? consumed_.size() : newline + 1;
    ++lines_;
    return LeadingLine{std::string(line), lines_, lines_};
  }
}

void LeadingLines::check_text(std::size_t from) {
  const std::string_view read = std::string_view(consumed_).substr(from);
  refuse_nul(read, name_, checked_lines_ + 1);
  checked_lines_ += static_cast<std::uint64_t>(std::count(read.begin(), read.end(), '\n'));
}

std::optional<LeadingLine> LeadingLines::next_non_blank() {
  while (auto line = next())
    if (!trim_blanks(line->text).empty()) return line;
  return std::nullopt;
}

std::uint32_t LeadingLines::blank_lines_before(std::uint32_t line) const {
  std::uint32_t blank = 0;
  std::size_t at = 0;
  for (std::uint32_t before = 1; before < line && at < consumed_.size(); ++before) {
    const std::size_t newline = std::min(consumed_.find('\n', at), consumed_.size());
    std::string_view text(consumed_.data() + at, newline - at);
    if (before == 1 && text.starts_with(kBom)) text.remove_prefix(kBom.size());
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (trim_blanks(text).empty()) ++blank;
    at = newline + 1;
  }
  return blank;
}

bool LeadingLines::join_next(LeadingLine& line) {
  const auto next_line = next();
  if (!next_line) return false;
  line.last = next_line->number;
  const std::string bytes = record_bytes(line);
  std::string_view text = bytes;
  if (line.number == 1 && text.starts_with(kBom)) text.remove_prefix(kBom.size());
  if (text.ends_with('\n')) text.remove_suffix(1);
  if (text.ends_with('\r')) text.remove_suffix(1);
  line.text = std::string(text);
  return true;
}

void LeadingLines::rewind(std::uint32_t line) {
  line_start_ = line_offset(line + 1);
  lines_ = line;
}

std::string LeadingLines::record_bytes(const LeadingLine& record) const {
  const std::size_t begin = line_offset(record.number);
  std::string bytes = consumed_.substr(begin, line_offset(record.last + 1) - begin);
  for (std::size_t at = bytes.find('\n'); at != std::string::npos && at + 1 < bytes.size(); at = bytes.find('\n', at)) {
    if (at > 0 && bytes[at - 1] == '\r') bytes[at - 1] = ' ';
    bytes[at] = ' ';
  }
  return bytes;
}

std::string LeadingLines::replay_from(const LeadingLine& first_kept) && {
  std::string replay(first_kept.number - 1, '\n');
  replay += record_bytes(first_kept);
  replay.append(consumed_, line_offset(first_kept.last + 1));
  return replay;
}

std::size_t LeadingLines::line_offset(std::uint32_t line) const {
  std::size_t at = 0;
  for (std::uint32_t passed = 1; passed < line; ++passed) {
    const std::size_t newline = consumed_.find('\n', at);
    if (newline == std::string::npos) return consumed_.size();
    at = newline + 1;
  }
  return at;
}

}  // namespace coopstat::input
