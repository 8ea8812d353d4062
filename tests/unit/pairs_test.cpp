#include "coopstat/pairs.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::PairOrder;
using coopstat::Table;

namespace {

using coopstat::testing::lines_of;
using coopstat::testing::Loaded;

Loaded load(const std::string& csv, PairOrder order) {
  LoadOptions options;
  options.pairs = order;
  return coopstat::testing::load_with_report(csv, options, "p.csv");
}

// "pair=count" per row, in row order.
std::vector<std::string> pairs_of(const Table& table) {
  std::vector<std::string> out;
  for (std::size_t row = 0; row < table.rows(); ++row)
    out.push_back(table.pairs.name(table.pair[row]) + "=" + std::to_string(static_cast<int>(table.count[row])));
  return out;
}

const char* const kMirrored =
    "reporter,partner,year,n\n"
    "B,A,2020,3\n"   // line 2
    "A,B,2020,3\n"   // line 3: mirror of line 2
    "A,B,2020,5\n"   // line 4: no mirror left for it
    "B,A,2020,4\n"   // line 5: mirror of line 4, with another count
    "A,B,2021,1\n"   // line 6: another year, no mirror
    "A,A,2020,9\n"   // line 7: a country and itself
    "A,A,2020,9\n";  // line 8: not a mirror of line 7 either

}  // namespace

TEST_CASE("pairs: ordered pairs keep every row, named reporter → partner") {
  const Loaded loaded = load(kMirrored, PairOrder::ordered);
  CHECK(pairs_of(loaded.table) ==
        std::vector<std::string>{"B → A=3", "A → B=3", "A → B=5", "B → A=4", "A → B=1", "A → A=9", "A → A=9"});
  CHECK(loaded.report.pairs.mirrors == 0);
  CHECK(coopstat::pair_note(loaded.report.pairs).empty());
}

TEST_CASE("pairs: unordered pairs count each mirror row once, the earlier row kept") {
  const Loaded loaded = load(kMirrored, PairOrder::unordered);
  CHECK(pairs_of(loaded.table) == std::vector<std::string>{"A – B=3", "A – B=5", "A – B=1", "A – A=9", "A – A=9"});
  CHECK(lines_of(loaded.table.line) == std::vector<std::uint32_t>{2, 4, 6, 7, 8});
  CHECK(loaded.report.pairs.mirrors == 2);
  CHECK(loaded.report.pairs.differing == 1);
  CHECK(loaded.report.pairs.first_differing_line == 5);
  CHECK(coopstat::pair_note(loaded.report.pairs) ==
        "unordered pairs: left out 2 mirror rows (B reporting A where A reported B); 1 of them differs from the row "
        "kept (the first at p.csv:5)");
}

TEST_CASE("pairs: a mirror must agree in year, field and type") {
  const Loaded loaded =
      load("reporter,partner,year,field,type,n\nA,B,2020,x,s,1\nB,A,2020,y,s,1\nB,A,2020,x,r,1\nB,A,2021,x,s,1\n",
           PairOrder::unordered);
  CHECK(loaded.table.rows() == 4);
  CHECK(loaded.report.pairs.mirrors == 0);
}

TEST_CASE("pairs: reporters and partners are matched by their display names") {
  const Loaded loaded =
      load("country,partner,year\nUSA,France,2020\nFrance,United States of America,2020\n", PairOrder::unordered);
  CHECK(pairs_of(loaded.table) == std::vector<std::string>{"France – United States=1"});
  CHECK(loaded.report.pairs.mirrors == 1);
  CHECK(loaded.table.reporters.name(loaded.table.reporter[0]) == "United States");
}

TEST_CASE("pairs: a table without a reporter column has no pairs") {
  const Loaded loaded = load("partner,year\nFrance,2020\n", PairOrder::unordered);
  CHECK_FALSE(loaded.table.has_reporter);
  CHECK(loaded.table.pair.empty());
  CHECK(loaded.table.reporter.empty());
}

TEST_CASE("pairs: rows of an earlier file without a reporter column get the empty reporter") {
  const coopstat::testing::ScratchFolder folder;
  const std::string first = (folder.path / "a.csv").string(), second = (folder.path / "b.csv").string();
  std::ofstream(first) << "partner,year\nFrance,2020\nPeru,2020\n";
  std::ofstream(second) << "reporter,partner,year\nJapan,Chile,2021\n";
  LoadReport report;
  const Table table = coopstat::load_csv({first, second}, LoadOptions{}, report);
  REQUIRE(table.has_reporter);
  REQUIRE(table.reporter.size() == 3);
  CHECK(table.reporters.name(table.reporter[0]).empty());
  CHECK(table.reporters.name(table.reporter[1]).empty());
  CHECK(table.reporters.name(table.reporter[2]) == "Japan");
  CHECK(table.pairs.name(table.pair[0]) == "(none) → France");
  CHECK(table.pairs.name(table.pair[2]) == "Japan → Chile");
}
