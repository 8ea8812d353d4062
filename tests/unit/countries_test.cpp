#include "coopstat/countries.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "coopstat/error.hpp"

using coopstat::CountryMatch;
using coopstat::CountryTable;
using coopstat::EntryKind;
using coopstat::MatchKind;

namespace {

const CountryTable& table() { return coopstat::country_table(); }

// The alpha-3 code `written` resolves to, or what went wrong.
std::string code_of(const std::string& written) {
  const CountryMatch match = table().match(written);
  if (match.kind == MatchKind::ambiguous) return "ambiguous";
  if (!match.found()) return "none";
  return table().entry(match.entry).alpha3;
}

}  // namespace

TEST_CASE("countries: the compiled-in table holds every ISO country and the aggregates") {
  std::size_t countries = 0, aggregates = 0;
  std::set<std::string> names;
  for (const auto& entry : table().entries()) {
    ++(entry.kind == EntryKind::country ? countries : aggregates);
    CHECK(names.insert(entry.name).second);  // display names are unique
  }
  CHECK(countries == 250);  // the 249 of ISO 3166-1, and Kosovo
  CHECK(aggregates >= 50);
  const auto& korea = table().entry(table().match("KOR").entry);
  CHECK(korea.name == "South Korea");
  CHECK(korea.alpha2 == "KR");
  CHECK(korea.numeric == "410");
  CHECK(korea.region == "Asia");
  CHECK(korea.subregion == "Eastern Asia");
  const auto& afghanistan = table().entry(table().match("AFG").entry);
  CHECK(afghanistan.numeric == "004");  // leading zeros kept
  CHECK(afghanistan.ldc);
  CHECK(afghanistan.lldc);
  CHECK_FALSE(afghanistan.sids);
  CHECK(table().entry(table().match("JAM").entry).sids);
}

TEST_CASE("countries: every name and alias finds its own entry") {
  // The guard against an alias that two entries share in matching form, which would leave both unmatched.
  for (std::uint32_t index = 0; index < table().entries().size(); ++index) {
    const auto& entry = table().entry(index);
    const CountryMatch by_name = table().match(entry.name);
    CHECK_MESSAGE(by_name.found(), entry.name);
    CHECK_MESSAGE(by_name.entry == index, entry.name);
    for (const std::string& alias : entry.aliases) {
      const CountryMatch by_alias = table().match(alias);
      CHECK_MESSAGE(by_alias.found(), alias, " of ", entry.alpha3);
      CHECK_MESSAGE(by_alias.entry == index, alias, " of ", entry.alpha3);
    }
    CHECK(table().match(entry.alpha3).entry == index);
  }
}

TEST_CASE("countries: codes match in any case, two-letter codes only in capitals") {
  CHECK(code_of("KOR") == "KOR");
  CHECK(code_of("kor") == "KOR");
  CHECK(code_of(" KR ") == "KOR");
  CHECK(code_of("kr") == "none");
  CHECK(code_of("NO") == "NOR");
  CHECK(code_of("no") == "none");
  CHECK(code_of("410") == "KOR");
  CHECK(code_of("004") == "AFG");
  CHECK(code_of("4") == "none");
  CHECK(code_of("XKX") == "XKX");
  CHECK(table().match("KOR").kind == MatchKind::alpha3);
  CHECK(table().match("KR").kind == MatchKind::alpha2);
  CHECK(table().match("410").kind == MatchKind::numeric);
}

TEST_CASE("countries: the spellings people write find their country") {
  const std::pair<const char*, const char*> kSpellings[] = {
      {"Korea, Republic of", "KOR"},
      {"South Korea", "KOR"},
      {"Republic of Korea", "KOR"},
      {"Korea, Rep.", "KOR"},
      {"韩国", "KOR"},
      {"North Korea", "PRK"},
      {"DPRK", "PRK"},
      {"USA", "USA"},
      {"U.S.", "USA"},
      {"U.S.A.", "USA"},
      {"United States", "USA"},
      {"united states of america", "USA"},
      {"UK", "GBR"},
      {"Britain", "GBR"},
      {"Great Britain", "GBR"},
      {"Russia", "RUS"},
      {"Russian Federation", "RUS"},
      {"Iran", "IRN"},
      {"Iran (Islamic Republic of)", "IRN"},
      {"Vietnam", "VNM"},
      {"Viet Nam", "VNM"},
      {"Turkey", "TUR"},
      {"Türkiye", "TUR"},
      {"Turkiye", "TUR"},
      {"Czech Republic", "CZE"},
      {"Czechia", "CZE"},
      {"Ivory Coast", "CIV"},
      {"Cote d'Ivoire", "CIV"},
      {"Laos", "LAO"},
      {"Lao PDR", "LAO"},
      {"Syria", "SYR"},
      {"Bolivia", "BOL"},
      {"Venezuela", "VEN"},
      {"Venezuela, RB", "VEN"},
      {"Tanzania", "TZA"},
      {"Taiwan", "TWN"},
      {"Hong Kong", "HKG"},
      {"Macau", "MAC"},
      {"Macao", "MAC"},
      {"Palestine", "PSE"},
      {"Burma", "MMR"},
      {"Swaziland", "SWZ"},
      {"Eswatini", "SWZ"},
      {"Cape Verde", "CPV"},
      {"Congo, Dem. Rep.", "COD"},
      {"DR Congo", "COD"},
      {"Congo, Rep.", "COG"},
      {"Gambia, The", "GMB"},
      {"Egypt, Arab Rep.", "EGY"},
      {"Allemagne", "DEU"},
      {"Alemania", "DEU"},
      {"Германия", "DEU"},
      {"德国", "DEU"},
      {"ألمانيا", "DEU"},
      {"Kosovo", "XKX"},
  };
  for (const auto& [written, code] : kSpellings) CHECK_MESSAGE(code_of(written) == code, written);
}

TEST_CASE("countries: ambiguous or unknown names stay unknown rather than guessed") {
  CHECK(code_of("Korea") == "none");
  CHECK(code_of("Virgin Islands") == "none");
  CHECK(code_of("Atlantis") == "none");
  CHECK(code_of("") == "none");
  CHECK(code_of("Guinea") == "GIN");  // not Equatorial Guinea, Guinea-Bissau or Papua New Guinea
  CHECK(code_of("Niger") == "NER");
  CHECK(code_of("Nigeria") == "NGA");
  CHECK(code_of("Sudan") == "SDN");
  CHECK(code_of("South Sudan") == "SSD");
}

TEST_CASE("countries: a key two entries share is ambiguous and names both") {
  const CountryTable two(
      "kind\talpha3\talpha2\tnumeric\tname\tregion\tsubregion\tintermediate_region\tldc\tlldc\tsids\taliases\n"
      "country\tAAA\tAA\t001\tAland\tEurope\tNorth\t\tno\tno\tno\tThe Isles\n"
      "country\tBBB\t\t\tBland\tEurope\tSouth\t\tno\tno\tno\tIsles\n");
  const CountryMatch match = two.match("isles");
  CHECK(match.kind == MatchKind::ambiguous);
  CHECK(match.candidates == std::vector<std::uint32_t>{0, 1});
  CHECK(two.match("Bland").entry == 1);
  CHECK(two.regions().name(0) == CountryTable::kUnknown);
  CHECK(two.regions().name(two.entry(0).region_code) == "Europe");
  CHECK(two.entry(0).subregion_code != two.entry(1).subregion_code);
}

TEST_CASE("countries: aggregates are recognised by code and name") {
  for (const char* written : {"WLD", "World", "EUU", "European Union", "HIC", "High income", "Arab World", "001"}) {
    const CountryMatch match = table().match(written);
    REQUIRE_MESSAGE(match.found(), written);
    CHECK_MESSAGE(table().entry(match.entry).kind == EntryKind::aggregate, written);
  }
  CHECK(table().entry(table().match("001").entry).alpha3 == "WLD");
}

TEST_CASE("countries: historic World Bank group names and codes, and total rows, are aggregates") {
  for (const char* written : {"High income: OECD",
                              "High income: nonOECD",
                              "OEC",
                              "NOC",
                              "Low & middle income",
                              "Middle income",
                              "Lower middle income",
                              "Heavily indebted poor countries (HIPC)",
                              "Least developed countries: UN classification",
                              "Euro area",
                              "European Union",
                              "OECD members",
                              "Arab World",
                              "Fragile and conflict affected situations",
                              "IDA only",
                              "IBRD only",
                              "IDA blend",
                              "IDA total",
                              "Small states",
                              "Other small states",
                              "Pacific island small states",
                              "Caribbean small states",
                              "Sub-Saharan Africa (excluding high income)",
                              "East Asia & Pacific (excluding high income)",
                              "East Asia & Pacific (all income levels)",
                              "Europe & Central Asia (all income levels)",
                              "Latin America & Caribbean (all income levels)",
                              "Middle East & North Africa (all income levels)",
                              "Sub-Saharan Africa (all income levels)",
                              "Pre-demographic dividend",
                              "Early-demographic dividend",
                              "Late-demographic dividend",
                              "Post-demographic dividend",
                              "Not classified",
                              "Africa Eastern and Southern",
                              "Africa Western and Central",
                              "Central Europe and the Baltics",
                              "WLD",
                              "HIC",
                              "OED",
                              "Total",
                              "TOTAL",
                              "Sum",
                              "All",
                              "Grand total"}) {
    const CountryMatch match = table().match(written);
    REQUIRE_MESSAGE(match.found(), written);
    CHECK_MESSAGE(table().entry(match.entry).kind == EntryKind::aggregate, written);
  }
}

TEST_CASE("countries: a malformed table is refused with its line") {
  const auto refusal = [](const std::string& text) -> std::string {
    try {
      CountryTable{text};
    } catch (const coopstat::Error& error) {
      return error.located_message();
    }
    return "accepted";
  };
  const std::string header =
      "kind\talpha3\talpha2\tnumeric\tname\tregion\tsubregion\tintermediate_region\tldc\tlldc\tsids\taliases\n";
  CHECK(refusal("kind\tcode\n") == "countries.tsv:1: unexpected header");
  CHECK(refusal(header + "country\tAAA\n") == "countries.tsv:2: 2 fields, expected 12");
  CHECK(refusal(header + "place\tAAA\t\t\tA\t\t\t\tno\tno\tno\t\n") ==
        "countries.tsv:2: kind \"place\" is not country or aggregate");
  CHECK(refusal(header + "country\tAAA\t\t\tA\t\t\t\tmaybe\tno\tno\t\n") ==
        "countries.tsv:2: \"maybe\" is not yes or no");
  CHECK(refusal(header + "country\t\t\t\tA\t\t\t\tno\tno\tno\t\n") ==
        "countries.tsv:2: an entry needs a code and a name");
  CHECK(refusal(header + "country\tAAA\t\t\tA\t\t\t\tno\tno\tno\t\n") == "accepted");
}
