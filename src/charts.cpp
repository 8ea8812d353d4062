#include "coopstat/charts.hpp"

#include <algorithm>
#include <cmath>

namespace coopstat {

std::string sparkline(std::span<const double> values) {
  static constexpr const char* kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  if (values.empty()) return {};
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  std::string line;
  for (const double v : values) {
    const double position = *high == *low ? 0 : (v - *low) / (*high - *low);
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
