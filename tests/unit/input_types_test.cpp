#include "coopstat/input_types.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

using coopstat::LineFates;
using coopstat::LoadReport;
using coopstat::MissingLines;
using coopstat::RowFates;

TEST_CASE("input types: a file's line fates add up to its lines, the left-out ones apart") {
  const LineFates lines{.header = 1,
                        .preamble = 2,
                        .blank = 3,
                        .joined = 4,
                        .kept = 5,
                        .skipped = 6,
                        .missing = 7,
                        .aggregate = 8,
                        .mirror = 9};
  CHECK(lines.left_out() == 30);  // 6 + 7 + 8 + 9
  CHECK(lines.rows() == 35);      // 5 kept + 30
  CHECK(lines.total() == 45);     // 1 + 2 + 3 + 4 + 35
  LineFates both = lines;
  both.add(lines);
  CHECK(both.total() == 90);
  CHECK(both.kept == 10);
  CHECK(both.mirror == 18);
}

TEST_CASE("input types: row fates per file and over all files") {
  LoadReport report;
  report.files.resize(2);
  report.files[0].rows = {.loaded = 10, .skipped = 2, .missing = 3};
  report.files[1].rows = {.loaded = 4, .skipped = 0, .missing = 1};
  CHECK(report.files[0].rows.left_out() == 5);
  CHECK(report.files[0].rows.total() == 15);
  const RowFates all = report.rows();
  CHECK(all.loaded == 14);
  CHECK(all.skipped == 2);
  CHECK(all.missing == 4);
  CHECK(all.left_out() == 6);
  CHECK(all.total() == 20);
  CHECK(LoadReport{}.rows().total() == 0);
}

TEST_CASE("input types: the lines with a missing count, each once, the first five listed") {
  MissingLines lines;
  for (const std::uint64_t line : {3, 3, 3, 4, 5, 6, 7, 8, 8}) lines.add(line);  // line 3: a wide row missing 3 years
  CHECK(lines.count == 6);
  CHECK(lines.first == std::vector<std::uint64_t>{3, 4, 5, 6, 7});
  CHECK(lines.last == 8);

  MissingLines earlier, later;
  earlier.add(3);
  later.add(10);
  later.add(11);
  earlier.add(later);
  CHECK(earlier.count == 3);
  CHECK(earlier.first == std::vector<std::uint64_t>{3, 10, 11});
  CHECK(earlier.last == 11);
  earlier.add(MissingLines{});  // a chunk without missing counts keeps the last line
  CHECK(earlier.last == 11);
  CHECK(earlier.count == 3);
}

TEST_CASE("input types: problems beyond those kept are counted") {
  LoadReport report;
  for (std::size_t i = 0; i < LoadReport::kProblemsKept + 2; ++i) report.add(coopstat::Error("t.csv", i + 2, "bad"));
  CHECK(report.problems.size() == LoadReport::kProblemsKept);
  CHECK(report.problem_count == LoadReport::kProblemsKept + 2);
  CHECK(report.problems_not_kept() == 2);
}
