#pragma once
// Charts drawn with text: sparklines for series, bars for shares.

#include <optional>
#include <span>
#include <string>

namespace coopstat {

/// The series as a sparkline of ▁▂▃▄▅▆▇█, scaled from its minimum to its maximum (all ▁ when constant).
std::string sparkline(std::span<const double> values);
/// The same with gaps: a missing value is a space, and the scale is that of the values present.
std::string sparkline(std::span<const std::optional<double>> values);

/// A horizontal bar `fraction` (0 to 1) of `width` characters long, in eighths of a character (▏ … █).
std::string bar(double fraction, int width);

}  // namespace coopstat
