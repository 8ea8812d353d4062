#include "engine/row_ranges.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <thread>

using coopstat::kRowsPerCore;

namespace {

// How many ranges add_up_on_cores cuts `rows` into on `threads`, and whether they cover every row once.
std::size_t ranges_for(std::size_t rows, unsigned threads) {
  std::atomic<std::size_t> ranges{0};
  const std::size_t covered = coopstat::add_up_on_cores(
      rows, threads,
      [&ranges](std::size_t begin, std::size_t end) {
        ++ranges;
        return end - begin;
      },
      [](std::size_t& into, std::size_t part) { into += part; });
  CHECK(covered == rows);
  return ranges;
}

}  // namespace

TEST_CASE("row ranges: as many as the threads asked, each of at least kRowsPerCore rows") {
  CHECK(ranges_for(4 * kRowsPerCore, 1) == 1);
  CHECK(ranges_for(4 * kRowsPerCore, 2) == 2);
  CHECK(ranges_for(4 * kRowsPerCore, 8) == 4);  // no range under kRowsPerCore rows
  CHECK(ranges_for(10, 8) == 1);
  CHECK(ranges_for(0, 8) == 1);
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  CHECK(ranges_for(64 * kRowsPerCore, 0) == std::min<std::size_t>(cores, 64));  // 0: one per core
}
