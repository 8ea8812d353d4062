#pragma once
// Adding up the rows on several threads (--threads, by default one per core): each a range of rows, the results
// merged in row order.

#include <algorithm>
#include <cstddef>
#include <functional>
#include <future>
#include <thread>
#include <vector>

namespace coopstat {

/// Below this many rows a core costs more than it saves.
inline constexpr std::size_t kRowsPerCore = std::size_t{1} << 20;

/// `add_up(begin, end)` over ranges of [0, rows), one per thread of `threads` (0: one per core) and at least
/// kRowsPerCore rows each, merged in row order by `merge(into, part)`. For results that merging makes exactly what
/// one pass gives (integer sums).
template <class AddUp, class Merge>
auto add_up_on_cores(std::size_t rows, unsigned threads, AddUp add_up, Merge merge) {
  using Result = decltype(add_up(std::size_t{0}, std::size_t{0}));
  const std::size_t cores = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t parts = std::clamp<std::size_t>(rows / kRowsPerCore, 1, cores);
  std::vector<std::future<Result>> running;
  for (std::size_t part = 1; part < parts; ++part)
    running.push_back(std::async(std::launch::async, add_up, rows * part / parts, rows * (part + 1) / parts));
  Result result = add_up(std::size_t{0}, rows / parts);
  for (std::future<Result>& part : running) merge(result, part.get());
  return result;
}

}  // namespace coopstat
