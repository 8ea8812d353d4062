#include "coopstat/partner_names.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "coopstat/loader.hpp"
#include "coopstat/query.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::LoadReport;
using coopstat::MatchKind;
using coopstat::PartnerNameOptions;
using coopstat::PartnerNameReport;
using coopstat::Table;

namespace {

using coopstat::testing::lines_of;
using coopstat::testing::Loaded;

Loaded load(const std::string& csv, PartnerNameOptions names = {}) {
  LoadOptions options;
  options.names = names;
  return coopstat::testing::load_with_report(csv, options);
}

// "name=total" per partner, in code order.
std::vector<std::string> totals(const Table& table) {
  std::vector<double> sums(table.partners.size(), 0);
  for (std::size_t row = 0; row < table.rows(); ++row) sums[table.partner[row]] += table.count[row];
  std::vector<std::string> out;
  for (std::uint32_t code = 0; code < table.partners.size(); ++code)
    out.push_back(table.partners.name(code) + "=" + std::to_string(static_cast<int>(sums[code])));
  return out;
}

}  // namespace

TEST_CASE("partner names: USA, United States and United States of America are one partner") {
  const Loaded loaded = load(
      "partner,year,agreements\nUSA,2020,1\nUnited States,2020,2\n\"United States of "
      "America\",2021,4\nFrance,2021,8\n");
  CHECK(totals(loaded.table) == std::vector<std::string>{"United States=7", "France=8"});
  const PartnerNameReport& report = loaded.report.names;
  REQUIRE(report.merged.size() == 3);
  CHECK(report.merged[0].written == "USA");
  CHECK(report.merged[0].how == MatchKind::alpha3);
  CHECK(report.merged[0].line == 2);
  CHECK(report.merged[1].written == "United States");
  CHECK(report.merged[1].how == MatchKind::name);
  CHECK(report.merged[2].written == "United States of America");
  CHECK(report.merged[2].how == MatchKind::alias);
  CHECK(report.merged[2].rows == 1);
  CHECK(report.unknown.empty());
  CHECK(report.aggregates.empty());
  CHECK(coopstat::partner_name_note(report, {}) ==
        "partner names: merged spellings: United States (\"USA\", \"United States\", \"United States of America\")");
}

TEST_CASE("partner names: a single spelling is shown under the display name, without a note") {
  const Loaded loaded = load("partner,year\n\"Korea, Republic of\",2020\nKOR,2021\nJapan,2021\n");
  CHECK(totals(loaded.table) == std::vector<std::string>{"South Korea=2", "Japan=1"});
  CHECK(loaded.report.names.merged.size() == 2);
  const Loaded alone = load("partner,year\n\"Korea, Republic of\",2020\n");
  CHECK(totals(alone.table) == std::vector<std::string>{"South Korea=1"});
  CHECK(alone.report.names.empty());
  CHECK(coopstat::partner_name_note(alone.report.names, {}).empty());
}

TEST_CASE("partner names: aggregates are excluded and reported, or kept") {
  const std::string csv =
      "partner,year,agreements\nFrance,2020,1\nWorld,2020,100\nJapan,2021,2\nEuropean Union,2021,50\nWorld,2022,7\n";
  const Loaded excluded = load(csv);
  CHECK(totals(excluded.table) == std::vector<std::string>{"France=1", "Japan=2"});
  CHECK(lines_of(excluded.table.line) == std::vector<std::uint32_t>{2, 4});
  CHECK(excluded.table.year == std::vector<std::int16_t>{2020, 2021});
  const PartnerNameReport& report = excluded.report.names;
  CHECK(report.aggregate_rows_excluded == 3);
  REQUIRE(report.aggregates.size() == 2);
  CHECK(report.aggregates[0].written == "World");
  CHECK(report.aggregates[0].rows == 2);
  CHECK(report.aggregates[0].line == 3);
  CHECK(report.aggregates[1].written == "European Union");
  CHECK(coopstat::partner_name_note(report, {}) ==
        "partner names: excluded 3 rows naming aggregates, not countries (World, European Union; "
        "--keep-aggregates keeps them)");

  const Loaded kept = load(csv, {false, true});
  CHECK(totals(kept.table) == std::vector<std::string>{"France=1", "World=107", "Japan=2", "European Union=50"});
  CHECK(kept.report.names.aggregate_rows_excluded == 0);
  CHECK(kept.report.names.aggregates.size() == 2);
  CHECK(coopstat::partner_name_note(kept.report.names, {false, true}).empty());
}

TEST_CASE("partner names: a reporter that is an aggregate is excluded like a partner, or kept") {
  const std::string csv =
      "reporter,partner,year,agreements\nWorld,France,2020,3\nChile,France,2021,2\n"
      "Chile,High income: OECD,2021,9\nTotal,France,2022,5\n";
  const Loaded excluded = load(csv);
  CHECK(totals(excluded.table) == std::vector<std::string>{"France=2"});
  CHECK(lines_of(excluded.table.line) == std::vector<std::uint32_t>{3});
  REQUIRE(excluded.table.reporters.size() >= 1);
  CHECK(excluded.table.reporters.name(excluded.table.reporter[0]) == "Chile");
  const PartnerNameReport& report = excluded.report.names;
  CHECK(report.aggregate_rows_excluded == 3);
  REQUIRE(report.aggregates.size() == 3);
  CHECK(report.aggregates[0].written == "High income: OECD");
  CHECK(report.aggregates[0].role == "partner");
  CHECK(report.aggregates[1].written == "World");
  CHECK(report.aggregates[1].role == "reporter");
  CHECK(report.aggregates[1].line == 2);
  CHECK(report.aggregates[2].written == "Total");
  CHECK(report.aggregates[2].role == "reporter");
  CHECK(coopstat::partner_name_note(report, {}) ==
        "partner names: excluded 3 rows naming aggregates, not countries (High income: OECD, World, Total; "
        "--keep-aggregates keeps them)");

  const Loaded kept = load(csv, {false, true});
  CHECK(kept.table.rows() == 4);
  CHECK(kept.report.names.aggregate_rows_excluded == 0);
}

TEST_CASE("partner names: excluding rows keeps each file's rows with their file") {
  LoadOptions options;
  LoadReport report;
  std::istringstream first("partner,year\nWorld,2020\nWorld,2021\n");
  Table table = coopstat::load_csv(first, "a.csv", options, report);
  CHECK(table.rows() == 0);
  // Through the loader with two files: rows dropped from the first must not shift the second's source.
  Table two;
  two.sources.push_back({"a.csv", 0});
  two.add_row(two.partners.intern("World"), 2020, two.fields.intern(""), 0, 1, 2);
  two.add_row(two.partners.intern("France"), 2020, 0, 0, 1, 3);
  two.sources.push_back({"b.csv", 2});
  two.add_row(two.partners.intern("World"), 2021, 0, 0, 1, 2);
  two.add_row(two.partners.intern("Japan"), 2021, 0, 0, 1, 3);
  const PartnerNameReport names = coopstat::resolve_partner_names(two, {});
  CHECK(names.aggregate_rows_excluded == 2);
  REQUIRE(two.rows() == 2);
  CHECK(two.source_of(0).name == "a.csv");
  CHECK(two.source_of(1).name == "b.csv");
  CHECK(two.sources[1].first_row == 1);
  CHECK(lines_of(two.line) == std::vector<std::uint32_t>{3, 3});
}

TEST_CASE("partner names: names that match nothing stay as written and are counted") {
  const Loaded loaded = load("partner,year\nAtlantis,2020\nKorea,2020\nAtlantis,2021\nFrance,2021\n");
  CHECK(totals(loaded.table) == std::vector<std::string>{"Atlantis=2", "Korea=1", "France=1"});
  const PartnerNameReport& report = loaded.report.names;
  REQUIRE(report.unknown.size() == 2);
  CHECK(report.unknown[0].written == "Atlantis");
  CHECK(report.unknown[0].rows == 2);
  CHECK(report.unknown[0].how == MatchKind::none);
  CHECK(report.unknown[1].how == MatchKind::none);  // no entry claims plain "Korea": not guessed
  CHECK(loaded.table.partner_entry[0] == Table::kNoEntry);
  CHECK(loaded.table.partner_entry[2] != Table::kNoEntry);
  CHECK(coopstat::partner_name_note(report, {}) == "partner names: 2 names match no country (Atlantis, Korea)");
}

TEST_CASE("partner names: raw names are kept as written, and still have regions") {
  const PartnerNameOptions raw{true, false};
  const Loaded loaded = load("partner,year\nUSA,2020\nUnited States,2020\nWorld,2021\n", raw);
  CHECK(totals(loaded.table) == std::vector<std::string>{"USA=1", "United States=1", "World=1"});
  CHECK(loaded.report.names.merged.empty());
  CHECK(loaded.report.names.aggregates.size() == 1);
  CHECK(loaded.report.names.aggregate_rows_excluded == 0);
  CHECK(coopstat::partner_name_note(loaded.report.names, raw).empty());
  CHECK(loaded.table.partner_entry[0] == loaded.table.partner_entry[1]);
}

TEST_CASE("partner names: long lists in the note are cut short") {
  const Loaded loaded = load("partner,year\nA1,2020\nA2,2020\nA3,2020\nA4,2020\nA5,2020\nA6,2020\n");
  CHECK(coopstat::partner_name_note(loaded.report.names, {}) ==
        "partner names: 6 names match no country (A1, A2, A3, A4 and 2 more)");
}

TEST_CASE("partner names: region, subregion and code keys, Unknown for names that match nothing") {
  const Loaded loaded = load("partner,year\nFrance,2020\nJapan,2020\nGermany,2021\nAtlantis,2021\n");
  const coopstat::Query query(loaded.table, coopstat::Filters{});
  const auto texts = [&](coopstat::Key key) {
    std::vector<std::string> out;
    for (std::size_t row = 0; row < loaded.table.rows(); ++row)
      out.push_back(coopstat::key_text(loaded.table, key, coopstat::key_value(loaded.table, key, row)));
    return out;
  };
  CHECK(texts(coopstat::Key::region) == std::vector<std::string>{"Europe", "Asia", "Europe", "Unknown"});
  CHECK(texts(coopstat::Key::subregion) ==
        std::vector<std::string>{"Western Europe", "Eastern Asia", "Western Europe", "Unknown"});
  CHECK(texts(coopstat::Key::code) == std::vector<std::string>{"FRA", "JPN", "DEU", "Unknown"});
  const coopstat::Key by_region[] = {coopstat::Key::region};
  CHECK(coopstat::group_rows(query, by_region).size() == 3);
}

TEST_CASE("partner names: a partner filter takes a code or another spelling of the country") {
  const Loaded loaded = load("partner,year\n\"Korea, Republic of\",2020\nJapan,2020\n");
  const auto kept = [&](std::vector<std::string> names) {
    coopstat::Filters filters;
    filters.partners = std::move(names);
    const coopstat::Query query(loaded.table, filters);
    std::vector<std::size_t> rows;
    for (std::size_t row = 0; row < loaded.table.rows(); ++row)
      if (query.keeps(row)) rows.push_back(row);
    return rows;
  };
  CHECK(kept({"South Korea"}) == std::vector<std::size_t>{0});
  CHECK(kept({"KOR"}) == std::vector<std::size_t>{0});
  CHECK(kept({"Korea, Rep."}) == std::vector<std::size_t>{0});
  CHECK(kept({"japan"}) == std::vector<std::size_t>{1});
  CHECK_THROWS_AS(kept({"France"}), coopstat::Error);
}

TEST_CASE("partner names: a code column identifies the partner before its name") {
  const Loaded loaded = load(
      "partner,iso3,year,n\nKorea,KOR,2020,1\nSouth Korea,KOR,2021,2\nAustria,AUS,2020,4\nAustria,AUT,2021,1\n"
      "Atlantis,,2021,1\n");
  CHECK(totals(loaded.table) == std::vector<std::string>{"South Korea=3", "Australia=5", "Atlantis=1"});
  const PartnerNameReport& report = loaded.report.names;
  REQUIRE(report.code_mismatches.size() == 1);
  CHECK(report.code_mismatches[0].written == "Austria");
  CHECK(report.code_mismatches[0].code == "AUS");
  CHECK(report.code_mismatches[0].shown == "Australia");
  CHECK(report.merged.size() == 2);  // "Korea", unknown by its name, is South Korea by its code
  REQUIRE(loaded.report.code_conflicts.size() == 1);
  CHECK(loaded.report.code_conflicts[0].located_message() ==
        "t.csv:5: column \"iso3\": partner \"Austria\" has the code \"AUT\" here and \"AUS\" before");
  CHECK(loaded.table.partner_given_code.empty());  // used up by resolving
}
