#pragma once
// --per year, --window N and --cumulative: how links and network cut the years into networks.

#include "coopstat/network.hpp"

namespace CLI {
class App;
}

namespace coopstat {

/// Adds the three options, read into `slicing` (one network over every year when none is given); they exclude
/// each other, and a window needs at least 1 year: usage errors before any data.
void add_slicing_options(CLI::App& app, Slicing& slicing);

}  // namespace coopstat
