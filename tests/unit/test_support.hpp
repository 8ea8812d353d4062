#pragma once
// Helpers the unit tests share: tables from CSV text, and filters built the way the command line builds them.

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "coopstat/count_column.hpp"
#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/query.hpp"

namespace coopstat::testing {

/// A Table loaded from CSV text (named "test.csv" in messages), partner names kept as written: resolving them
/// against the country table has tests of its own (partner_names_test.cpp).
inline Table load_table(const std::string& csv) {
  std::istringstream stream(csv);
  LoadReport report;
  LoadOptions options;
  options.names.raw = true;
  return load_csv(stream, "test.csv", options, report);
}

/// A fresh folder for one test, removed at the end.
struct ScratchFolder {
  std::filesystem::path path;
  ScratchFolder() {
    std::string name = (std::filesystem::temp_directory_path() / "coopstat-test-XXXXXX").string();
    path = ::mkdtemp(name.data());
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() { std::filesystem::remove_all(path); }
  [[nodiscard]] std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path))
      names.push_back(entry.path().filename().string());
    return names;
  }
  /// Writes `bytes` to the file `name` in the folder; returns its path.
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string file = (path / name).string();
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
};

/// A table loaded with its report, for tests of what loading reports.
struct Loaded {
  Table table;
  LoadReport report;
};

/// Loads CSV text (named `name` in messages) with `options`, keeping the report.
inline Loaded load_with_report(const std::string& csv, const LoadOptions& options, const std::string& name = "t.csv") {
  std::istringstream stream(csv);
  Loaded loaded;
  loaded.table = load_csv(stream, name, options, loaded.report);
  return loaded;
}

/// `text` as one gzip member, made with zlib directly (`level`: 1 for big texts, fast).
inline std::string gzipped(const std::string& text, int level = Z_BEST_COMPRESSION) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, text.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

/// Filters, e.g. Where().from(2016).partners({"France"}).
struct Where {
  Filters filters;
  Where& from(int year) {
    filters.from = year;
    return *this;
  }
  Where& to(int year) {
    filters.to = year;
    return *this;
  }
  Where& partners(std::vector<std::string> names) {
    filters.partners = std::move(names);
    return *this;
  }
  Where& fields(std::vector<std::string> names) {
    filters.fields = std::move(names);
    return *this;
  }
  Where& types(std::vector<std::string> names) {
    filters.types = std::move(names);
    return *this;
  }
  operator const Filters&() const { return filters; }  // NOLINT: used where Filters are expected
};

/// The located message of the Error that `run` throws, or "no error".
template <class Run>
std::string error_message(Run&& run) {
  try {
    run();
  } catch (const Error& error) {
    return error.located_message();
  }
  return "no error";
}

/// Each row's line (of a Table's RowLines or of a LineIndex), to compare with a list.
template <class Lines>
std::vector<std::uint32_t> lines_of(const Lines& lines) {
  std::vector<std::uint32_t> all;
  for (std::size_t row = 0; row < lines.size(); ++row) all.push_back(lines[row]);
  return all;
}

/// Each row's count, to compare with a list.
inline std::vector<double> counts_of(const CountColumn& counts) {
  std::vector<double> all;
  for (std::size_t row = 0; row < counts.size(); ++row) all.push_back(counts[row]);
  return all;
}

/// The name a message suggests in `did you mean "…"?`, or "" without a suggestion.
inline std::string suggested(const std::string& message) {
  const std::string marker = "did you mean \"";
  const auto at = message.find(marker);
  if (at == std::string::npos) return "";
  const auto start = at + marker.size();
  return message.substr(start, message.find('"', start) - start);
}

/// A table of `rows` made-up rows, too many to write as CSV: row r is partner "P{r % partners}", year
/// 2000 + r % years, count r % counts, from line r + 2 of "big.csv"; no field or type.
inline Table numbered_rows(std::size_t rows, std::size_t partners, std::size_t years, std::size_t counts) {
  Table table;
  std::vector<Dictionary::Code> codes;
  for (std::size_t partner = 0; partner < partners; ++partner)
    codes.push_back(table.partners.intern(fmt::format("P{}", partner)));
  const Dictionary::Code none = table.fields.intern("");
  table.types.intern("");
  table.sources.push_back({"big.csv", 0});
  for (std::size_t row = 0; row < rows; ++row)
    table.add_row(codes[row % partners], static_cast<std::int16_t>(2000 + row % years), none, 0,
                  static_cast<double>(row % counts), static_cast<std::uint32_t>(row + 2));
  return table;
}

}  // namespace coopstat::testing
