#include "coopstat/totals.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <initializer_list>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::Filters;
using coopstat::Key;
using coopstat::KeyTotal;
using coopstat::Query;
using coopstat::Sum;

using coopstat::testing::Where;

namespace {

const auto load = coopstat::testing::load_table;

// Per partner: Japan 2 + 9 = 11; Brazil 7, France 3 + 4 = 7, benin 7 (a three-way tie); Chad 0.
// Per year: 2015 3 + 7 = 10; 2016 7; 2017 2 + 4 = 6; 2018 no rows; 2019 9 + 0 = 9. Grand total 32.
const char* const kAgreements =
    "partner,year,agreements\n"
    "France,2015,3\n"
    "Japan,2017,2\n"
    "France,2017,4\n"
    "Brazil,2015,7\n"
    "Japan,2019,9\n"
    "Chad,2019,0\n"
    "benin,2016,7\n";

Sum sum_of(std::initializer_list<double> values) {
  Sum sum;
  for (const double value : values) sum.add(value);
  return sum;
}

// "key=total×rows" for each entry, e.g. "Japan=11×2": easy to compare, easy to read on failure.
std::vector<std::string> describe(const coopstat::Table& table, Key key, const std::vector<KeyTotal>& totals) {
  std::vector<std::string> texts;
  for (const KeyTotal& total : totals)
    texts.push_back(
        fmt::format("{}={}×{}", coopstat::key_text(table, key, total.value), total.sum.value(), total.rows));
  return texts;
}

std::vector<std::string> by(const coopstat::Table& table, Key key, const Filters& filters = {}) {
  return describe(table, key, coopstat::totals_by(Query(table, filters), key));
}

std::vector<std::string> yearly(const coopstat::Table& table, const Filters& filters = {}) {
  return describe(table, Key::year, coopstat::yearly_totals(Query(table, filters)));
}

// "first..last", or "empty".
std::string span_of(const coopstat::Table& table, const Filters& filters = {}) {
  const coopstat::YearSpan span = coopstat::year_span(Query(table, filters));
  return span.empty() ? "empty" : fmt::format("{}..{}", span.first, span.last);
}

}  // namespace

TEST_CASE("totals: the grand total of the kept rows") {
  const auto table = load(kAgreements);
  const Sum all = coopstat::totals_of(Query(table, {}), {}).total;
  CHECK(all.whole());
  CHECK(all.integer() == 32);
  CHECK(coopstat::totals_of(Query(table, Where().partners({"France"})), {}).total.integer() == 7);  // 3 + 4
  CHECK(coopstat::totals_of(Query(table, Where().from(2017)), {}).total.integer() == 15);           // 2 + 4 + 9 + 0
  CHECK(coopstat::totals_of(Query(table, Where().from(2020)), {}).total.integer() == 0);
}

TEST_CASE("totals: decimal counts give a compensated grand total") {
  // 1.5 + 0.25 + 2.125 = 3.875, exact in binary.
  const auto table = load("partner,year,amount\nFrance,2015,1.5\nJapan,2015,0.25\nFrance,2016,2.125\n");
  const Sum total = coopstat::totals_of(Query(table, {}), {}).total;
  CHECK_FALSE(total.whole());
  CHECK(total.value() == 3.875);
}

TEST_CASE("totals: by key, the largest first, ties in byte order of the names") {
  const auto table = load(kAgreements);
  // Brazil < France < benin in byte order (lowercase after uppercase).
  CHECK(by(table, Key::partner) ==
        std::vector<std::string>{"Japan=11×2", "Brazil=7×1", "France=7×2", "benin=7×1", "Chad=0×1"});
  // 2018 has no rows, so no total here (yearly_totals is where gaps count as zero).
  CHECK(by(table, Key::year) == std::vector<std::string>{"2015=10×2", "2019=9×2", "2016=7×1", "2017=6×2"});
  // From 2017: Japan 2 + 9, France 4, Chad 0.
  CHECK(by(table, Key::partner, Where().from(2017)) ==
        std::vector<std::string>{"Japan=11×2", "France=4×1", "Chad=0×1"});
}

TEST_CASE("totals: one pass gives each key's totals, the rows, the grand total and the years") {
  const auto table = load(kAgreements);
  const Key keys[] = {Key::partner, Key::year};
  for (const Filters& filters :
       std::vector<Filters>{Filters{}, Where().from(2017), Where().partners({"France"}), Where().from(2020)}) {
    const Query query(table, filters);
    const coopstat::Totals totals = coopstat::totals_of(query, keys);
    REQUIRE(totals.by_key.size() == 2);
    std::size_t rows = 0;
    for (std::size_t k = 0; k < 2; ++k) {
      const std::vector<KeyTotal> alone = coopstat::totals_by(query, keys[k]);
      REQUIRE(totals.by_key[k].size() == alone.size());
      for (std::size_t i = 0; i < alone.size(); ++i) {
        CHECK(totals.by_key[k][i].value == alone[i].value);
        CHECK(totals.by_key[k][i].rows == alone[i].rows);
        CHECK(totals.by_key[k][i].sum.integer() == alone[i].sum.integer());
      }
    }
    for (const KeyTotal& partner : totals.by_key[0]) rows += partner.rows;
    CHECK(totals.rows == rows);
    CHECK(totals.years.size() == coopstat::yearly_totals(query).size());
  }
  // Worked by hand: 7 rows, 32 in all; 2015–2019 with 2018 a zero year.
  const coopstat::Totals all = coopstat::totals_of(Query(table, {}), keys);
  CHECK(all.rows == 7);
  CHECK(all.total.integer() == 32);
  std::vector<std::string> years;
  for (const KeyTotal& year : all.years) years.push_back(fmt::format("{}={}", year.value, year.sum.integer()));
  CHECK(years == std::vector<std::string>{"2015=10", "2016=7", "2017=6", "2018=0", "2019=9"});
}

TEST_CASE("totals: equal yearly totals are in year order, by number") {
  // 999 and 2015 both total 5: 999 first, although "2015" < "999" as text.
  const auto table = load("partner,year,agreements\nFrance,2015,5\nJapan,999,2\nFrance,999,3\n");
  CHECK(by(table, Key::year) == std::vector<std::string>{"999=5×2", "2015=5×1"});
}

TEST_CASE("totals: by key with decimal counts") {
  // Brazil 3; France 1.5 + 1.25 = 2.75 and Japan 2.75, a tie broken by name; Chad 0.5 - 0.25 = 0.25.
  const auto table = load(
      "partner,year,amount\n"
      "Japan,2015,2.75\nFrance,2015,1.5\nChad,2015,0.5\nBrazil,2016,3\nFrance,2016,1.25\nChad,2016,-0.25\n");
  CHECK(by(table, Key::partner) ==
        std::vector<std::string>{"Brazil=3×1", "France=2.75×2", "Japan=2.75×1", "Chad=0.25×2"});
}

TEST_CASE("totals: total_less compares whole totals exactly and decimal totals by value") {
  // 2^53 and 2^53 + 1 are the same double, but different integers.
  const Sum two_to_53 = sum_of({9007199254740992.0});
  const Sum one_more = sum_of({9007199254740992.0, 1});
  CHECK(coopstat::total_less(two_to_53, one_more));
  CHECK_FALSE(coopstat::total_less(one_more, two_to_53));
  CHECK_FALSE(coopstat::total_less(two_to_53, two_to_53));

  CHECK(coopstat::total_less(sum_of({-3}), sum_of({2})));

  // 1.5 + 2.25 = 3.75 < 3.5 + 0.5 = 4; 3 (whole) < 3.5 (decimal).
  CHECK(coopstat::total_less(sum_of({1.5, 2.25}), sum_of({3.5, 0.5})));
  CHECK_FALSE(coopstat::total_less(sum_of({3.5, 0.5}), sum_of({1.5, 2.25})));
  CHECK(coopstat::total_less(sum_of({3}), sum_of({3.5})));
  CHECK_FALSE(coopstat::total_less(sum_of({3.5}), sum_of({3})));
  CHECK_FALSE(coopstat::total_less(sum_of({0.5, 0.5}), sum_of({1})));  // equal: 1 and 1
}

TEST_CASE("totals: the year span is that of the kept rows; --from/--to narrow it, never widen it") {
  const auto table = load(kAgreements);
  CHECK(span_of(table) == "2015..2019");
  CHECK(span_of(table, Where().from(2013)) == "2015..2019");
  CHECK(span_of(table, Where().to(2021)) == "2015..2019");
  CHECK(span_of(table, Where().from(13)) == "2015..2019");
  CHECK(span_of(table, Where().from(2016).to(2017)) == "2016..2017");
  CHECK(span_of(table, Where().partners({"Chad"})) == "2019..2019");
  CHECK(span_of(table, Where().partners({"France"})) == "2015..2017");
}

TEST_CASE("totals: the year span without rows") {
  const auto table = load(kAgreements);
  // Chad has rows only in 2019.
  CHECK(span_of(table, Where().from(2020).partners({"Chad"})) == "empty");
  CHECK(span_of(table, Where().to(2018).partners({"Chad"})) == "empty");
  CHECK(span_of(table, Where().from(2020).to(2021).partners({"Chad"})) == "empty");

  const auto no_rows = load("partner,year\n");
  CHECK(no_rows.rows() == 0);
  CHECK(span_of(no_rows) == "empty");
  CHECK(span_of(no_rows, Where().from(2015)) == "empty");
  CHECK(yearly(no_rows).empty());
}

TEST_CASE("totals: a --from or --to outside the kept rows' years is a warning") {
  const auto table = load(kAgreements);
  const auto warning = [&table](const Filters& filters) { return coopstat::span_warning(Query(table, filters)); };
  CHECK(warning({}).empty());
  CHECK(warning(Where().from(2016).to(2019)).empty());
  CHECK(warning(Where().from(13)) ==
        "--from 13 is before the first year with rows, 2015: the years run from 2015 to 2019");
  CHECK(warning(Where().from(2014).to(2020)) ==
        "--from 2014 is before the first year with rows, 2015; --to 2020 is after the last year with rows, 2019: "
        "the years run from 2015 to 2019");
  CHECK(warning(Where().to(2018).partners({"Chad"})) == "no rows up to 2018");
  CHECK(warning(Where().from(2020).partners({"Chad"})) == "no rows from 2020 on");
  CHECK(warning(Where().from(2020).to(2021)) == "no rows from 2020 to 2021");
}

TEST_CASE("totals: yearly totals count years without rows as zero, over the kept rows' span") {
  const auto table = load(kAgreements);
  CHECK(yearly(table) == std::vector<std::string>{"2015=10×2", "2016=7×1", "2017=6×2", "2018=0×0", "2019=9×2"});
  CHECK(yearly(table, Where().from(2013).to(2016)) == std::vector<std::string>{"2015=10×2", "2016=7×1"});
  // France: 2015 3, 2016 nothing, 2017 4.
  CHECK(yearly(table, Where().partners({"France"})) == std::vector<std::string>{"2015=3×1", "2016=0×0", "2017=4×1"});
  CHECK(yearly(table, Where().from(2020).to(2021).partners({"Chad"})).empty());
}

TEST_CASE("totals: each group's yearly series has every year of the span, with its rows") {
  const auto table = load(kAgreements);
  const auto series = coopstat::yearly_totals_by(Query(table, {}), Key::partner);
  for (const coopstat::GroupSeries& group : series) {
    if (coopstat::key_text(table, Key::partner, group.value) != "France") continue;
    CHECK(describe(table, Key::year, group.years) ==
          std::vector<std::string>{"2015=3×1", "2016=0×0", "2017=4×1", "2018=0×0", "2019=0×0"});
  }
}

TEST_CASE("totals: a table big enough to be added up on every core gives the totals of one") {
  // 3 × 2^20 + 7 rows, so that each core gets a range: partner row % 4, year 2000 + row % 5, count row % 3.
  const std::size_t rows = (std::size_t{3} << 20) + 7;
  const coopstat::Table table = coopstat::testing::numbered_rows(rows, 4, 5, 3);
  std::vector<std::int64_t> by_partner(4, 0);
  std::vector<std::int64_t> by_year(5, 0);
  std::int64_t total = 0;
  for (std::size_t row = 0; row < rows; ++row) {
    const std::size_t partner = row % 4;
    const auto count = static_cast<std::int64_t>(row % 3);
    by_partner[partner] += count;
    by_year[row % 5] += count;
    total += count;
  }
  const Key keys[] = {Key::partner};
  const coopstat::Totals totals = coopstat::totals_of(Query(table, {}), keys);
  CHECK(totals.rows == rows);
  CHECK(totals.total.integer() == total);
  REQUIRE(totals.by_key[0].size() == 4);
  for (const KeyTotal& partner : totals.by_key[0]) {
    CHECK(partner.sum.integer() == by_partner[partner.value]);
    CHECK(partner.rows == rows / 4 + (partner.value < rows % 4 ? 1 : 0));
  }
  REQUIRE(totals.years.size() == 5);
  for (std::size_t year = 0; year < 5; ++year) CHECK(totals.years[year].sum.integer() == by_year[year]);
}
