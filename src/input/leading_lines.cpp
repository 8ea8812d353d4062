#include "input/leading_lines.hpp"

#include <algorithm>

#include "coopstat/error.hpp"
#include "coopstat/text.hpp"
#include "input/binary_guard.hpp"

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
    return LeadingLine{std::string(line), ++lines_};
  }
}

void LeadingLines::check_text(std::size_t from) {
  if (from == 0) refuse_utf16(consumed_, name_);
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

std::string LeadingLines::replay_from(std::uint32_t first_kept) && {
  const std::size_t kept = line_offset(first_kept);
  std::string replay(static_cast<std::size_t>(std::count(consumed_.begin(), consumed_.begin() + static_cast<std::ptrdiff_t>(kept), '\n')), '\n');
  replay.append(consumed_, kept);
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
