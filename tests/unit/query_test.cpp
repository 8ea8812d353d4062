#include "coopstat/query.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "coopstat/countries.hpp"
#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::Filters;
using coopstat::Groups;
using coopstat::Key;
using coopstat::Query;

using coopstat::testing::suggested;
using coopstat::testing::Where;

namespace {

const auto load = coopstat::testing::load_table;

// Six rows; partner codes France 0, Japan 1, Brazil 2; row 3 has an empty field.
const char* const kAgreements =
    "partner,year,field,type,agreements\n"
    "France,2016,space,signed,3\n"    // row 0
    "Japan,2015,energy,signed,2\n"    // row 1
    "France,2015,space,renewed,1\n"   // row 2
    "Brazil,2016,,signed,4\n"         // row 3
    "Japan,2015,space,signed,5\n"     // row 4
    "France,2016,energy,signed,2\n";  // row 5

// A file with only the required columns.
const char* const kNoFieldNoType =
    "partner,year\n"
    "France,2016\n"
    "Japan,2015\n";

std::vector<std::size_t> kept_rows(const Query& query) {
  std::vector<std::size_t> rows;
  for (std::size_t row = 0; row < query.table().rows(); ++row)
    if (query.keeps(row)) rows.push_back(row);
  return rows;
}

std::vector<std::size_t> rows_kept_by(const coopstat::Table& table, const Filters& filters) {
  return kept_rows(Query(table, filters));
}

// The message of the usage Error `action` throws ("" if it throws none).
template <class Action>
std::string usage_error_of(Action action) {
  try {
    action();
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    return error.what();
  }
  return "";
}

std::string query_error(const coopstat::Table& table, const Filters& filters) {
  return usage_error_of([&] { static_cast<void>(Query(table, filters)); });
}

std::string parse_key_error(const char* name) {
  return usage_error_of([name] { coopstat::parse_key(name); });
}

// Each group's key values as text, joined by "/": e.g. "France/2016".
std::vector<std::string> group_texts(const coopstat::Table& table, const Groups& groups) {
  std::vector<std::string> texts;
  for (std::size_t group = 0; group < groups.size(); ++group) {
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < groups.keys.size(); ++k)
      parts.push_back(coopstat::key_text(table, groups.keys[k], groups.value(group, k)));
    texts.push_back(fmt::format("{}", fmt::join(parts, "/")));
  }
  return texts;
}

Groups group(const Query& query, std::vector<Key> keys) { return coopstat::group_rows(query, keys); }

constexpr std::uint32_t kNo = Groups::kNoGroup;

}  // namespace

// ---------------------------------------------------------------------------------------------- Keys

TEST_CASE("query: the key catalogue and parse_key") {
  std::vector<std::string> names;
  for (const auto& info : coopstat::key_catalogue()) {
    names.emplace_back(info.name);
    CHECK(coopstat::parse_key(info.name) == info.key);
    CHECK(coopstat::key_name(info.key) == info.name);
  }
  CHECK(names == std::vector<std::string>{"partner", "year", "field", "type", "region", "subregion", "code", "reporter",
                                          "pair"});
  CHECK(coopstat::parse_key("year") == Key::year);
  CHECK(coopstat::parse_key("partner") == Key::partner);
}

TEST_CASE("query: an unknown key is a usage error with a suggestion") {
  const std::string yeer = parse_key_error("yeer");
  CHECK(yeer.starts_with("unknown key \"yeer\""));
  CHECK(suggested(yeer) == "year");                            // 1 substitution
  CHECK(suggested(parse_key_error("partners")) == "partner");  // 1 deletion
  CHECK(suggested(parse_key_error("colour")) == "");
  CHECK_FALSE(parse_key_error("Partner").empty());  // names are case-sensitive
}

// ------------------------------------------------------------------------------------------- Filters

TEST_CASE("query: without filters every row is kept") {
  const auto table = load(kAgreements);
  CHECK(rows_kept_by(table, {}) == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("query: --from after --to is refused without any data") {
  coopstat::Filters filters;
  filters.from = 2022;
  filters.to = 2015;
  CHECK_THROWS_WITH(coopstat::check_filters(filters), "--from 2022 is after --to 2015");
  filters.to = 2022;
  CHECK_NOTHROW(coopstat::check_filters(filters));
  filters.to.reset();
  CHECK_NOTHROW(coopstat::check_filters(filters));
}

TEST_CASE("query: --from and --to keep the years between them, inclusive") {
  const auto table = load(kAgreements);
  CHECK(rows_kept_by(table, Where().from(2016)) == std::vector<std::size_t>{0, 3, 5});
  CHECK(rows_kept_by(table, Where().to(2015)) == std::vector<std::size_t>{1, 2, 4});
  CHECK(rows_kept_by(table, Where().from(2015).to(2015)) == std::vector<std::size_t>{1, 2, 4});
  CHECK(rows_kept_by(table, Where().from(2015).to(2016)) == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
  CHECK(rows_kept_by(table, Where().from(2017)).empty());
}

TEST_CASE("query: partners match exactly or ignoring case, several at once") {
  const auto table = load(kAgreements);
  CHECK(rows_kept_by(table, Where().partners({"France"})) == std::vector<std::size_t>{0, 2, 5});
  CHECK(rows_kept_by(table, Where().partners({"japan"})) == std::vector<std::size_t>{1, 4});
  CHECK(rows_kept_by(table, Where().partners({"FRANCE"})) == std::vector<std::size_t>{0, 2, 5});
  CHECK(rows_kept_by(table, Where().partners({"France", "Brazil"})) == std::vector<std::size_t>{0, 2, 3, 5});
}

TEST_CASE("query: an exact partner name wins over names that differ only in case") {
  // resolve_names: exact match first; only when none, every name equal ignoring ASCII case.
  const auto table = load("partner,year\nNiger,2015\nNIGER,2016\nniger,2017\n");
  CHECK(rows_kept_by(table, Where().partners({"Niger"})) == std::vector<std::size_t>{0});
  CHECK(rows_kept_by(table, Where().partners({"nIGER"})) == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("query: fields and types filter, several names each, combined with the others") {
  const auto table = load(kAgreements);
  CHECK(rows_kept_by(table, Where().fields({"space"})) == std::vector<std::size_t>{0, 2, 4});
  CHECK(rows_kept_by(table, Where().fields({"space", "Energy"})) == std::vector<std::size_t>{0, 1, 2, 4, 5});
  CHECK(rows_kept_by(table, Where().types({"renewed"})) == std::vector<std::size_t>{2});
  CHECK(rows_kept_by(table, Where().types({"renewed", "signed"})) == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
  // France (0, 2, 5) ∩ space (0, 2, 4) ∩ 2016 (0, 3, 5) = row 0.
  CHECK(rows_kept_by(table, Where().from(2016).partners({"France"}).fields({"space"})) == std::vector<std::size_t>{0});
}

TEST_CASE("query: a name the data does not hold is a usage error with a suggestion") {
  const auto table = load(kAgreements);
  // "Frnace" is one swap from "France".
  CHECK(query_error(table, Where().partners({"Frnace"})) ==
        "--partner \"Frnace\": no partner of that name in the data; did you mean \"France\"?");
  CHECK(query_error(table, Where().partners({"France", "Germany"})) ==
        "--partner \"Germany\": no partner of that name in the data");
  CHECK(query_error(table, Where().fields({"spac"})) ==
        "--field \"spac\": no field of that name in the data; did you mean \"space\"?");
  CHECK(query_error(table, Where().types({"renewd"})) ==
        "--type \"renewd\": no type of that name in the data; did you mean \"renewed\"?");
}

TEST_CASE("query: --from after --to is a usage error") {
  const auto table = load(kAgreements);
  CHECK(query_error(table, Where().from(2020).to(2010)) == "--from 2020 is after --to 2010");
  CHECK(query_error(table, Where().from(2010).to(2010)).empty());
}

TEST_CASE("query: --field or --type on data without that column is a usage error") {
  const auto table = load(kNoFieldNoType);
  CHECK(query_error(table, Where().fields({"space"})) == "--field: the data has no field column");
  CHECK(query_error(table, Where().types({"signed"})) == "--type: the data has no type column");
}

// --------------------------------------------------------------------------------------- Description

TEST_CASE("query: description puts the filters in words") {
  const auto table = load(kAgreements);
  const auto describe = [&table](const Filters& filters) { return Query(table, filters).description(); };
  CHECK(describe({}) == "");
  CHECK(describe(Where().from(2015).to(2022)) == "2015–2022");
  CHECK(describe(Where().from(2015).to(2015)) == "2015");
  CHECK(describe(Where().from(2015)) == "from 2015");
  CHECK(describe(Where().to(2022)) == "to 2022");
  // Names as the data spells them, in the order given, each once.
  CHECK(describe(Where().from(2015).to(2022).partners({"France", "japan"}).fields({"space"})) ==
        "2015–2022; partner France or Japan; field space");
  CHECK(describe(Where().partners({"japan", "France", "FRANCE"})) == "partner Japan or France");
  CHECK(describe(Where().to(2016).fields({"Energy"}).types({"signed", "renewed"})) ==
        "to 2016; field energy; type signed or renewed");
}

// -------------------------------------------------------------------------------------- Key values

TEST_CASE("query: key values and their text") {
  const auto table = load(kAgreements);
  CHECK(coopstat::key_value(table, Key::year, 0) == 2016);  // the year itself
  CHECK(coopstat::key_text(table, Key::year, 2016) == "2016");
  CHECK(coopstat::key_text(table, Key::partner, coopstat::key_value(table, Key::partner, 1)) == "Japan");
  CHECK(coopstat::key_value(table, Key::partner, 0) == coopstat::key_value(table, Key::partner, 2));  // France
  CHECK(coopstat::key_text(table, Key::field, coopstat::key_value(table, Key::field, 1)) == "energy");
  CHECK(coopstat::key_text(table, Key::type, coopstat::key_value(table, Key::type, 2)) == "renewed");
  // An empty field cell is shown as "(none)".
  CHECK(coopstat::key_text(table, Key::field, coopstat::key_value(table, Key::field, 3)) == "(none)");

  // Without field and type columns every row has the empty name.
  const auto bare = load(kNoFieldNoType);
  CHECK(coopstat::key_text(bare, Key::field, coopstat::key_value(bare, Key::field, 0)) == "(none)");
  CHECK(coopstat::key_text(bare, Key::type, coopstat::key_value(bare, Key::type, 1)) == "(none)");
}

TEST_CASE("query: key_less orders years by number and names by bytes") {
  const auto table = load(
      "partner,year,field\n"
      "Japan,2015,space\n"
      "benin,2015,\n"
      "Brazil,2015,energy\n"
      "Åland,2015,space\n");
  const auto partner = [&table](std::size_t row) { return coopstat::key_value(table, Key::partner, row); };
  const auto less = [&table](Key key, std::uint32_t a, std::uint32_t b) {
    return coopstat::key_less(table, key, a, b);
  };

  // 999 < 2015 as numbers although "999" > "2015" as text.
  CHECK(less(Key::year, 999, 2015));
  CHECK_FALSE(less(Key::year, 2015, 999));
  CHECK_FALSE(less(Key::year, 2015, 2015));

  // Byte order: "Brazil" < "Japan" < "benin" (lowercase after uppercase) < "Åland" (0xC3 first byte).
  CHECK(less(Key::partner, partner(2), partner(0)));
  CHECK(less(Key::partner, partner(0), partner(1)));
  CHECK(less(Key::partner, partner(1), partner(3)));
  CHECK_FALSE(less(Key::partner, partner(3), partner(1)));
  CHECK_FALSE(less(Key::partner, partner(0), partner(0)));

  // The empty field name sorts first.
  const auto field = [&table](std::size_t row) { return coopstat::key_value(table, Key::field, row); };
  CHECK(less(Key::field, field(1), field(2)));  // "" < "energy"
  CHECK(less(Key::field, field(2), field(0)));  // "energy" < "space"
}

// ------------------------------------------------------------------------------------------ Grouping

namespace {

// The group of each row, as Groups::of gives it (one key: from the value; more: from the rows' column).
std::vector<std::uint32_t> row_groups(const Groups& groups) {
  std::vector<std::uint32_t> of_rows;
  for (std::size_t row = 0; row < groups.query->table().rows(); ++row) of_rows.push_back(groups.of(row));
  return of_rows;
}

}  // namespace

TEST_CASE("query: grouping by one key numbers groups by first appearance") {
  const auto table = load(kAgreements);
  const Query query(table, {});
  const Groups groups = group(query, {Key::partner});
  CHECK(groups.size() == 3);
  CHECK(group_texts(table, groups) == std::vector<std::string>{"France", "Japan", "Brazil"});
  CHECK(row_groups(groups) == std::vector<std::uint32_t>{0, 1, 0, 2, 1, 0});

  // By field: space (rows 0 2 4), energy (1 5), the empty field (3).
  const Groups fields = group(query, {Key::field});
  CHECK(group_texts(table, fields) == std::vector<std::string>{"space", "energy", "(none)"});
  CHECK(row_groups(fields) == std::vector<std::uint32_t>{0, 1, 0, 2, 0, 1});
}

TEST_CASE("query: grouping by two keys") {
  const auto table = load(kAgreements);
  const Query query(table, {});
  // Rows: France/2016, Japan/2015, France/2015, Brazil/2016, Japan/2015 (again), France/2016 (again).
  const Groups groups = group(query, {Key::partner, Key::year});
  CHECK(groups.size() == 4);
  CHECK(groups.keys == std::vector<Key>{Key::partner, Key::year});
  CHECK(group_texts(table, groups) ==
        std::vector<std::string>{"France/2016", "Japan/2015", "France/2015", "Brazil/2016"});
  CHECK(row_groups(groups) == std::vector<std::uint32_t>{0, 1, 2, 3, 1, 0});
  CHECK(groups.value(3, 1) == 2016);

  // Year first: 2016/France, 2015/Japan, 2015/France, 2016/Brazil.
  const Groups by_year = group(query, {Key::year, Key::partner});
  CHECK(group_texts(table, by_year) ==
        std::vector<std::string>{"2016/France", "2015/Japan", "2015/France", "2016/Brazil"});
  CHECK(row_groups(by_year) == std::vector<std::uint32_t>{0, 1, 2, 3, 1, 0});

  // A repeated pair (row 4: space/2015) before a new one (row 5: energy/2016) does not use up a group number.
  const Groups by_field = group(query, {Key::field, Key::year});
  CHECK(group_texts(table, by_field) ==
        std::vector<std::string>{"space/2016", "energy/2015", "space/2015", "(none)/2016", "energy/2016"});
  CHECK(row_groups(by_field) == std::vector<std::uint32_t>{0, 1, 2, 3, 2, 4});
}

TEST_CASE("query: rows filtered out belong to no group") {
  const auto table = load(kAgreements);
  // 2016 keeps rows 0 (France), 3 (Brazil), 5 (France): numbered among kept rows only.
  const Query from_2016(table, Where().from(2016));
  const Groups groups = group(from_2016, {Key::partner});
  CHECK(group_texts(table, groups) == std::vector<std::string>{"France", "Brazil"});
  CHECK(row_groups(groups) == std::vector<std::uint32_t>{0, kNo, kNo, 1, kNo, 0});
  CHECK(groups.row_group.empty());  // by one key, no column of groups is kept

  // Japan keeps rows 1 and 4, both energy/space in 2015: two groups by (year, field).
  const Query japan(table, Where().partners({"Japan"}));
  const Groups japan_groups = group(japan, {Key::year, Key::field});
  CHECK(group_texts(table, japan_groups) == std::vector<std::string>{"2015/energy", "2015/space"});
  CHECK(row_groups(japan_groups) == std::vector<std::uint32_t>{kNo, 0, kNo, kNo, 1, kNo});

  // Nothing kept: no groups.
  const Query none(table, Where().from(2017));
  const Groups empty = group(none, {Key::partner, Key::year});
  CHECK(empty.size() == 0);
  CHECK(row_groups(empty) == std::vector<std::uint32_t>(6, kNo));
}

TEST_CASE("query: the region, subregion and code keys read the country table the Table was resolved against") {
  coopstat::Table table = load("partner,year,agreements\nFrance,2020,1\nAtlantis,2021,2\n");
  const coopstat::CountryTable reference(
      "kind\talpha3\talpha2\tnumeric\tname\tregion\tsubregion\tintermediate_region\tldc\tlldc\tsids\taliases\n"
      "country\tFRA\tFR\t250\tFrance\tTestland\tWest Testland\t\tno\tno\tno\t\n");
  table.countries = &reference;
  table.partner_entry = {0, coopstat::Table::kNoEntry};  // France is entry 0 of `reference`; Atlantis matches none
  const auto text = [&](Key key, std::size_t row) {
    return coopstat::key_text(table, key, coopstat::key_value(table, key, row));
  };
  CHECK(text(Key::region, 0) == "Testland");
  CHECK(text(Key::subregion, 0) == "West Testland");
  CHECK(text(Key::code, 0) == "FRA");
  CHECK(text(Key::region, 1) == "Unknown");
  CHECK(text(Key::code, 1) == "Unknown");
  CHECK(coopstat::key_domain(table, Key::code) == 2);  // one entry, and the unknown code after it
}
