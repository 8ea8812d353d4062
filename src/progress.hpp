#pragma once
// Progress of a long load, drawn as one line on a terminal's standard error and erased when the load ends.

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "coopstat/load_progress.hpp"

namespace coopstat {

/// Draws progress as `coopstat: reading FILE: 1.2 GB, 3,400,000 rows, 96.1 MB/s` on one line, redrawn in place
/// with a carriage return, once the load has run for `delay` (short loads print nothing), at most every
/// `interval`. The destructor erases the line, so that what follows (a result, an error) starts clean.
class ProgressLine final : public LoadProgress {
 public:
  using Clock = std::chrono::steady_clock;

  explicit ProgressLine(std::ostream& out, std::function<Clock::time_point()> now = Clock::now,
                        Clock::duration delay = std::chrono::seconds(1),
                        Clock::duration interval = std::chrono::milliseconds(200));
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() override;

  void update(std::string_view file, std::uint64_t bytes, std::uint64_t rows) override;

 private:
  std::ostream& out_;
  std::function<Clock::time_point()> now_;
  Clock::duration delay_;
  Clock::duration interval_;
  Clock::time_point start_;
  Clock::time_point last_drawn_;
  std::string file_;
  Clock::time_point file_start_;
  bool drawn_ = false;
};

/// "1.2 GB", "340.5 MB", "12.0 kB", "512 B": decimal units, as file managers show sizes.
std::string readable_bytes(double bytes);

}  // namespace coopstat
