#pragma once
// Charts drawn with text: sparklines for series, bars for shares.

#include <span>
#include <string>

namespace coopstat {

/// The series as a sparkline of ▁▂▃▄▅▆▇█, scaled from its minimum to its maximum (all ▁ when constant).
std::string sparkline(std::span<const double> values);

/// A horizontal bar `fraction` (0 to 1) of `width` characters long, in eighths of a character (▏ … █).
std::string bar(double fraction, int width);

}  // namespace coopstat
