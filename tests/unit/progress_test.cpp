#include "progress.hpp"

#include <doctest/doctest.h>

#include <sstream>

using coopstat::ProgressLine;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct FakeClock {
  ProgressLine::Clock::time_point now{};
  ProgressLine::Clock::time_point operator()() const { return now; }
};

}  // namespace

TEST_CASE("progress: nothing is drawn before the delay, nor erased after a short load") {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressLine line(out, [&] { return clock(); });
    clock.now += 900ms;
    line.update("a.csv", 1'000'000, 65536);
  }
  CHECK(out.str().empty());
}

TEST_CASE("progress: a long load draws bytes, rows and rate on one line, redrawn in place, then erased") {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressLine line(out, [&] { return clock(); });
    line.update("big.csv", 0, 0);
    clock.now += 2s;
    line.update("big.csv", 100'000'000, 1'234'567);
    CHECK(out.str() == "\rcoopstat: reading big.csv: 100.0 MB, 1,234,567 rows, 50.0 MB/s\x1b[K");
    const std::size_t first = out.str().size();
    clock.now += 100ms;  // sooner than the interval: not redrawn
    line.update("big.csv", 105'000'000, 1'300'000);
    CHECK(out.str().size() == first);
    clock.now += 150ms;
    line.update("big.csv", 112'500'000, 1'400'000);
    CHECK(out.str().substr(first) == "\rcoopstat: reading big.csv: 112.5 MB, 1,400,000 rows, 50.0 MB/s\x1b[K");
    out.str("");
  }
  CHECK(out.str() == "\r\x1b[K");
}

TEST_CASE("progress: the rate is of the file being read") {
  std::ostringstream out;
  FakeClock clock;
  ProgressLine line(out, [&] { return clock(); });
  clock.now += 5s;
  line.update("b.csv", 0, 10);  // b.csv starts here
  clock.now += 1s;
  out.str("");
  line.update("b.csv", 3'000'000, 20);
  CHECK(out.str() == "\rcoopstat: reading b.csv: 3.0 MB, 20 rows, 3.0 MB/s\x1b[K");
}

TEST_CASE("progress: readable byte counts") {
  CHECK(coopstat::readable_bytes(0) == "0 B");
  CHECK(coopstat::readable_bytes(999) == "999 B");
  CHECK(coopstat::readable_bytes(1000) == "1.0 kB");
  CHECK(coopstat::readable_bytes(340'500'000) == "340.5 MB");
  CHECK(coopstat::readable_bytes(1.2e9) == "1.2 GB");
  CHECK(coopstat::readable_bytes(5e15) == "5000.0 TB");
}
