// libFuzzer target: any bytes through the loader and the computations every command shares.
//
// Build and run (clang from Debian; docs/fuzzing.md):
//   CXX=clang++ cmake -S . -B build-fuzz -DCOOPSTAT_FUZZ=ON -DCOOPSTAT_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-fuzz -j2 --target coopstat_fuzz_load
//   build-fuzz/tests/fuzz/coopstat_fuzz_load -runs=10000000 fuzz-corpus tests/cli/fixtures
//
// The loader may reject input only with coopstat::Error; anything else escaping, a crash or a sanitizer report is
// a bug. The first byte chooses the options, so strict and skipping loads, both delimiters, both ways of reading
// missing counts and dates, raw and resolved partner names, ordered and unordered pairs, and one reader or a stream
// cut into pieces read on several threads are explored.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "coopstat/aggregation.hpp"
#include "coopstat/breakdown.hpp"
#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/totals.hpp"
#include "coopstat/trend.hpp"

namespace {

// Year spans of fuzzed data can reach 1–9999; the per-year work stays small enough for a fuzzer.
void exercise(const coopstat::Table& table) {
  const coopstat::Query query(table, {});
  coopstat::totals_of(query, {}).total;
  for (const auto& series : coopstat::yearly_totals_by(query, coopstat::Key::partner)) {
    coopstat::YearSeries values{series.first_year, {}};
    for (const auto& year : series.years) values.values.push_back(year.value());
    if (values.values.size() <= 64) coopstat::trend_of(values);
  }
  coopstat::aggregate(query, {{coopstat::Key::field, coopstat::Key::type}, std::nullopt, {coopstat::Key::partner}});
  coopstat::aggregate(query, {{coopstat::Key::region, coopstat::Key::pair}, std::nullopt, {coopstat::Key::reporter}});
  coopstat::BreakdownSpec spec;
  spec.within = coopstat::Key::year;
  spec.split.separator = ";";
  coopstat::break_down(query, spec);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  coopstat::LoadOptions options;
  const std::uint8_t choice = data[0];
  options.skip_bad_rows = (choice & 1) != 0;
  if ((choice & 6) == 2) options.delimiter = ';';
  if ((choice & 8) != 0) options.missing = coopstat::MissingCounts::skip;
  if ((choice & 16) != 0) options.date_order = coopstat::DateOrder::month_first;
  options.names.raw = (choice & 32) != 0;
  if ((choice & 64) != 0) options.pairs = coopstat::PairOrder::unordered;
  // Stream pieces (issue 16 item 7): one reader, or three threads reading pieces of 64 bytes cut as the input arrives.
  options.threads = (choice & 128) != 0 ? 3 : 1;
  options.parallel_piece_bytes = 64;
  std::istringstream input(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  coopstat::LoadReport report;
  try {
    exercise(coopstat::load_csv(input, "fuzz.csv", options, report));
  } catch (const coopstat::Error&) {
    // A clear, one-line rejection is the right answer to bad input.
  }
  return 0;
}
