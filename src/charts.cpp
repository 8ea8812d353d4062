#include "charts.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace coopstat {

std::string sparkline(std::span<const double> values) {
  const std::vector<std::optional<double>> present(values.begin(), values.end());
  return sparkline(present);
}

std::string sparkline(std::span<const std::optional<double>> values) {
  static constexpr const char* kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  double low = 0, high = 0;
  bool seen = false;
  for (const auto& v : values) {
    if (!v) continue;
    low = seen ? std::min(low, *v) : *v;
    high = seen ? std::max(high, *v) : *v;
    seen = true;
  }
  std::string line;
  for (const auto& v : values) {
    if (!v) {
      line += ' ';
      continue;
    }
    const double position = high == low ? 0 : (*v - low) / (high - low);
    line += kBars[static_cast<std::size_t>(std::lround(position * 7))];
  }
  return line;
}

std::string bar(double fraction, int width) {
  static constexpr const char* kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const long eighths = std::lround(std::clamp(fraction, 0.0, 1.0) * width * 8);
  std::string line;
  for (long i = 0; i < eighths / 8; ++i) line += "█";
  return line + kEighths[eighths % 8];
}

}  // namespace coopstat
