// libFuzzer target: any bytes through the loader and the computations every command shares.
//
// Build and run (clang from Debian; docs/fuzzing.md):
//   CXX=clang++ cmake -S . -B build-fuzz -DCOOPSTAT_FUZZ=ON -DCOOPSTAT_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-fuzz -j2 --target coopstat_fuzz_load
//   build-fuzz/tests/fuzz/coopstat_fuzz_load -runs=10000000 fuzz-corpus tests/cli/fixtures tests/fuzz/seeds
//
// A bilateral result is also read as a network (links' indices, network's igraph measures).
// The loader may reject input only with coopstat::Error; anything else escaping, a crash or a sanitizer report is
// a bug. The first byte chooses the options, so strict and skipping loads, both delimiters, both ways of reading
// missing counts and dates, raw and resolved partner names, ordered and unordered pairs, files without a header
// (--no-header), and reading from a stream or from a file (archives, workbooks) are explored; the second chooses the
// encoding, the number form, and one reader or a stream cut into pieces read on several threads. The input's bytes
// follow them (seeds: tests/fuzz/seeds/).

#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "coopstat/aggregation.hpp"
#include "coopstat/breakdown.hpp"
#include "coopstat/error.hpp"
#include "coopstat/link_indices.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/margins.hpp"
#include "coopstat/network.hpp"
#include "coopstat/network_measures.hpp"
#include "coopstat/totals.hpp"
#include "coopstat/trend.hpp"

namespace {

// Year spans of fuzzed data can reach 1–9999; the per-year work stays small enough for a fuzzer.
// A bilateral table is also a network: its links' indices and its countries' measures (igraph), over all years.
void exercise_network(const coopstat::Query& query, coopstat::PairOrder pairs) {
  constexpr std::array kIndices{coopstat::LinkIndex::cosine,          coopstat::LinkIndex::jaccard,
                                coopstat::LinkIndex::inclusion,       coopstat::LinkIndex::association,
                                coopstat::LinkIndex::association_vos, coopstat::LinkIndex::affinity};
  const coopstat::Network network = coopstat::build_network(query, pairs, {});
  for (const coopstat::Slice& slice : network.slices) {
    const std::size_t nodes = network.nodes.size();
    coopstat::link_indices(slice, nodes, network.directed(),
                           coopstat::strength_margins(slice, nodes, network.directed()), kIndices);
    coopstat::link_indices(slice, nodes, network.directed(), coopstat::diagonal_margins(slice), kIndices);
    coopstat::node_measures(network, slice);
    coopstat::network_summary(network, slice);
  }
}

void exercise(const coopstat::Table& table, coopstat::PairOrder pairs) {
  const coopstat::Query query(table, {});
  coopstat::totals_of(query, {}).total;
  for (const auto& series : coopstat::yearly_totals_by(query, coopstat::Key::partner)) {
    coopstat::YearSeries values;
    for (const auto& year : series.years) {
      values.years.push_back(static_cast<int>(year.value));
      values.values.push_back(year.sum.value());
    }
    if (values.values.size() <= 64) coopstat::trend_of(values);
  }
  coopstat::aggregate(query, {{coopstat::Key::field, coopstat::Key::type}, std::nullopt, {coopstat::Key::partner}});
  coopstat::aggregate(query, {{coopstat::Key::region, coopstat::Key::pair}, std::nullopt, {coopstat::Key::reporter}});
  coopstat::BreakdownSpec spec;
  spec.within = coopstat::Key::year;
  spec.split.separator = ";";
  coopstat::break_down(query, spec);
  if (table.has_reporter) exercise_network(query, pairs);
}

constexpr std::array<const char*, 4> kEncodings{nullptr, "cp1252", "utf-16le", "utf-16"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kOptionBytes = 2;
  if (size < kOptionBytes) return 0;
  coopstat::LoadOptions options;
  const std::uint8_t choice = data[0];
  options.skip_bad_rows = (choice & 1) != 0;
  if ((choice & 6) == 2) options.delimiter = ';';
  if ((choice & 8) != 0) options.missing = coopstat::MissingCounts::skip;
  if ((choice & 16) != 0) options.date_order = coopstat::DateOrder::month_first;
  options.names.raw = (choice & 32) != 0;
  if ((choice & 64) != 0) options.pairs = coopstat::PairOrder::unordered;
  // --no-header (issue 16 item 5), on delimiter bits 6, which otherwise read as 0 and 4 do (detected): positions.
  if ((choice & 6) == 6) {
    options.no_header = true;
    options.columns[static_cast<std::size_t>(coopstat::Role::partner)] = "1";
    options.columns[static_cast<std::size_t>(coopstat::Role::year)] = "2";
    options.columns[static_cast<std::size_t>(coopstat::Role::count)] = "3";
  }
  // Archives and compressed input are recognised by content on either path; from a file, an archive is listed and
  // read again by its path (libarchive opens it), from a stream it is held in memory.
  const bool from_file = (choice & 128) != 0;
  // Encodings and local number forms (issue 16 items 1 and 2): the second byte.
  if (const char* encoding = kEncodings[data[1] & 3]) options.encoding = encoding;
  options.numbers = coopstat::number_forms()[((data[1] >> 2) & 7) % coopstat::number_forms().size()];
  // Stream pieces (issue 16 item 7): one reader, or three threads reading pieces cut as the input arrives, of 64 bytes
  // or of 512 (each piece has its own csv.h reader and thread, which cost more than the piece's rows: 512 keeps the
  // fuzzer fast and still cuts an input of -max_len=4096 into up to 8 pieces).
  options.threads = (data[1] & 128) != 0 ? 3 : 1;
  options.parallel_piece_bytes = (data[1] & 64) != 0 ? 64 : 512;
  const std::string bytes(reinterpret_cast<const char*>(data) + kOptionBytes, size - kOptionBytes);
  // Workbooks (.xlsx, .ods): the top bit also asks for the second sheet, by number; only of a zip, since --sheet on
  // text is refused at once and would leave the text paths unexplored.
  if ((choice & 128) != 0 && bytes.starts_with("PK")) options.sheet = "2";
  std::istringstream input(bytes);
  coopstat::LoadReport report;
  try {
    if (from_file) {
      const std::string path = "/tmp/coopstat-fuzz-" + std::to_string(::getpid()) + ".bin";
      std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
      exercise(coopstat::load_csv({path}, options, report), options.pairs);
    } else {
      exercise(coopstat::load_csv(input, "fuzz.csv", options, report), options.pairs);
    }
  } catch (const coopstat::Error&) {
    // A clear, one-line rejection is the right answer to bad input.
  }
  return 0;
}
