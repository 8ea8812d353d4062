#include "progress.hpp"

#include <fmt/format.h>

#include <array>
#include <ostream>

#include "text.hpp"

namespace coopstat {

ProgressLine::ProgressLine(std::ostream& out, std::function<Clock::time_point()> now, Clock::duration delay,
                           Clock::duration interval)
    : out_(out), now_(std::move(now)), delay_(delay), interval_(interval), start_(now_()), file_start_(start_) {}

ProgressLine::~ProgressLine() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
}

void ProgressLine::update(std::string_view file, std::uint64_t bytes, std::uint64_t rows) {
  const Clock::time_point now = now_();
  if (file != file_) {  // the rate is of the file being read
    file_ = file;
    file_start_ = now;
  }
  if (now - start_ < delay_ || (drawn_ && now - last_drawn_ < interval_)) return;
  const double seconds = std::chrono::duration<double>(now - file_start_).count();
  std::string row_count = fmt::format("{}", rows);
  group_thousands(row_count);
  std::string line =
      fmt::format("coopstat: reading {}: {}, {} rows", file_, readable_bytes(static_cast<double>(bytes)), row_count);
  if (seconds > 0) line += fmt::format(", {}/s", readable_bytes(static_cast<double>(bytes) / seconds));
  // \x1b[K clears what a longer earlier line left to the right.
  out_ << '\r' << line << "\x1b[K" << std::flush;
  drawn_ = true;
  last_drawn_ = now;
}

std::string readable_bytes(double bytes) {
  static constexpr std::array<const char*, 4> kUnits{"kB", "MB", "GB", "TB"};
  if (bytes < 1000) return fmt::format("{:.0f} B", bytes);
  std::size_t unit = 0;
  bytes /= 1000;
  while (bytes >= 1000 && unit + 1 < kUnits.size()) {
    bytes /= 1000;
    ++unit;
  }
  return fmt::format("{:.1f} {}", bytes, kUnits[unit]);
}

}  // namespace coopstat
