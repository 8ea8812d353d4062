#include "coopstat/dictionary.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dictionary_hashing.hpp"

using coopstat::Dictionary;
using coopstat::DictionaryHashing;

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
  REQUIRE(names.find("France").has_value());
  CHECK(*names.find("France") == 0);
  CHECK_FALSE(names.find("france").has_value());
  CHECK(names.size() == 1);
}

TEST_CASE("dictionary: names stay valid as the dictionary grows") {
  Dictionary names;
  const std::string& first = names.name(names.intern("Côte d'Ivoire"));
  for (int i = 0; i < 10000; ++i) names.intern("partner " + std::to_string(i));
  CHECK(first == "Côte d'Ivoire");
  CHECK(*names.find("partner 9999") == 10000);
}

TEST_CASE("dictionary: 100,000 names, past many growths, each find their own code") {
  Dictionary names;
  for (Dictionary::Code code = 0; code < 100000; ++code) CHECK(names.intern("name " + std::to_string(code)) == code);
  CHECK(names.size() == 100000);
  for (Dictionary::Code code = 0; code < 100000; ++code) {
    const std::string name = "name " + std::to_string(code);
    if (names.find(name) != code) FAIL_CHECK(name, " has lost its code");
    if (names.name(code) != name) FAIL_CHECK(code, " has lost its name");
  }
  CHECK_FALSE(names.find("name 100000").has_value());
}

TEST_CASE("dictionary: the empty name is a name like any other") {
  Dictionary names;
  CHECK_FALSE(names.find("").has_value());
  CHECK(names.intern("France") == 0);
  CHECK(names.intern("") == 1);
  CHECK(names.intern(std::string_view{}) == 1);
  CHECK(names.find("") == 1);
  CHECK(names.name(1).empty());
}

TEST_CASE("dictionary: names that differ only after the 8th byte, or only in length") {
  Dictionary names;
  // Lengths around the 4- and 8-byte reads of the hash.
  const std::vector<std::string> spellings{"science and technology",
                                           "science and technologY",
                                           "science and technology ",
                                           "science a",
                                           "science b",
                                           "science ",
                                           "science",
                                           "12345678",
                                           "123456789",
                                           "1234567",
                                           "1234",
                                           "123",
                                           "12",
                                           "1"};
  for (const std::string& spelling : spellings) names.intern(spelling);
  REQUIRE(names.size() == spellings.size());
  for (Dictionary::Code code = 0; code < spellings.size(); ++code) {
    CAPTURE(spellings[code]);
    CHECK(names.find(spellings[code]) == code);
  }
}

TEST_CASE("dictionary: many names sharing a long prefix stay apart") {
  Dictionary names;
  const std::string prefix(40, 'x');
  for (int i = 0; i < 1000; ++i) names.intern(prefix + std::to_string(i));
  for (int i = 0; i < 1000; ++i) CHECK(names.find(prefix + std::to_string(i)) == static_cast<Dictionary::Code>(i));
  CHECK_FALSE(names.find(prefix).has_value());
}

TEST_CASE("dictionary: NUL bytes inside a name are part of it") {
  using namespace std::string_view_literals;
  Dictionary names;
  CHECK(names.intern("a\0b"sv) == 0);
  CHECK(names.intern("a\0c"sv) == 1);
  CHECK(names.intern("a"sv) == 2);
  CHECK(names.intern("a\0b"sv) == 0);
  CHECK(names.name(0) == "a\0b"sv);
  CHECK(names.name(0).size() == 3);
}

TEST_CASE("dictionary: intern_if adds a new name only when admitted, and never asks about a known one") {
  Dictionary names;
  int asked = 0;
  const auto refuse = [&asked](std::string_view) {
    ++asked;
    return false;
  };
  CHECK_FALSE(DictionaryHashing::intern_if(names, "France", refuse).has_value());
  CHECK(names.size() == 0);
  names.intern("France");
  CHECK(DictionaryHashing::intern_if(names, "France", refuse) == 0);
  CHECK(asked == 1);
}

TEST_CASE("dictionary: a moved dictionary keeps its names, codes and references") {
  Dictionary names;
  for (int i = 0; i < 100; ++i) names.intern("partner " + std::to_string(i));
  const std::string& first = names.name(0);
  Dictionary moved(std::move(names));
  CHECK(moved.size() == 100);
  CHECK(moved.find("partner 99") == 99);
  CHECK(&moved.name(0) == &first);
  Dictionary assigned;
  assigned.intern("other");
  assigned = std::move(moved);
  CHECK(assigned.find("partner 42") == 42);
  CHECK_FALSE(assigned.find("other").has_value());
  CHECK(assigned.intern("new") == 100);
}
