#include "coopstat/dictionary.hpp"

#include <doctest/doctest.h>

using coopstat::Dictionary;

TEST_CASE("dictionary: codes follow first appearance and each name is stored once") {
  Dictionary names;
  CHECK(names.intern("France") == 0);
  CHECK(names.intern("Japan") == 1);
  CHECK(names.intern("France") == 0);
  CHECK(names.size() == 2);
  CHECK(names.name(1) == "Japan");
}

TEST_CASE("dictionary: find does not add") {
  Dictionary names;
  names.intern("France");
  REQUIRE(names.find("France") != nullptr);
  CHECK(*names.find("France") == 0);
  CHECK(names.find("france") == nullptr);
  CHECK(names.size() == 1);
}

TEST_CASE("dictionary: names stay valid as the dictionary grows") {
  Dictionary names;
  const std::string& first = names.name(names.intern("Côte d'Ivoire"));
  for (int i = 0; i < 10000; ++i) names.intern("partner " + std::to_string(i));
  CHECK(first == "Côte d'Ivoire");
  CHECK(*names.find("partner 9999") == 10000);
}
