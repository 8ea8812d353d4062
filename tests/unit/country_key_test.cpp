#include "country_key.hpp"

#include <doctest/doctest.h>

using coopstat::country_name_key;

TEST_CASE("country key: case, accents and compatibility forms do not matter") {
  CHECK(country_name_key("Türkiye") == "turkiye");
  CHECK(country_name_key("TURKIYE") == "turkiye");
  CHECK(country_name_key("Côte d'Ivoire") == "cote d ivoire");
  CHECK(country_name_key("COTE D’IVOIRE") == "cote d ivoire");
  CHECK(country_name_key("Åland Islands") == "aland islands");
  CHECK(country_name_key("ＵＳＡ") == "usa");  // full-width letters
}

TEST_CASE("country key: punctuation and symbols break words; the, of and and are dropped") {
  CHECK(country_name_key("U.S.") == "u s");
  CHECK(country_name_key("U. S.") == "u s");
  CHECK(country_name_key("Bosnia & Herzegovina") == "bosnia herzegovina");
  CHECK(country_name_key("Bosnia and Herzegovina") == "bosnia herzegovina");
  CHECK(country_name_key("  The   Netherlands ") == "netherlands");
  CHECK(country_name_key("Timor-Leste") == "timor leste");
}

TEST_CASE("country key: inverted forms read the right way round") {
  CHECK(country_name_key("Korea, Republic of") == "republic korea");
  CHECK(country_name_key("Republic of Korea") == "republic korea");
  CHECK(country_name_key("Korea (the Republic of)") == "republic korea");
  CHECK(country_name_key("Bolivia (Plurinational State of)") == country_name_key("Plurinational State of Bolivia"));
  CHECK(country_name_key("Gambia, The") == "gambia");
  // Two commas are not an inverted form: the name is kept in order.
  CHECK(country_name_key("a, b, c") == "a b c");
  // A bracket that does not end the name is not one either.
  CHECK(country_name_key("Sint Maarten (Dutch part) x") == "sint maarten dutch part x");
}

TEST_CASE("country key: the abbreviations of published tables are spelled out") {
  CHECK(country_name_key("Korea, Rep.") == country_name_key("Republic of Korea"));
  CHECK(country_name_key("Congo, Dem. Rep.") == country_name_key("Democratic Republic of the Congo"));
  CHECK(country_name_key("Micronesia, Fed. Sts.") == country_name_key("Federated States of Micronesia"));
  CHECK(country_name_key("St. Lucia") == country_name_key("Saint Lucia"));
  // Only whole words: "Stanley" keeps its "st".
  CHECK(country_name_key("Stanley") == "stanley");
}

TEST_CASE("country key: other scripts are words of their own; nothing left gives the empty key") {
  CHECK(country_name_key("韩国") == "韩国");
  CHECK(country_name_key("Республика Корея") == "республика корея");
  CHECK(country_name_key("...") == "");
  CHECK(country_name_key("") == "");
}

TEST_CASE("country key: invalid UTF-8 still gives a key, compared byte for byte") {
  CHECK(country_name_key("Fr\xff"
                         "ance") ==
        "fr\xff"
        "ance");
}
