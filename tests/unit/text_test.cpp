#include "text.hpp"

#include <doctest/doctest.h>

using coopstat::Digits;
using coopstat::escape_invalid_utf8;
using coopstat::number_runs;
using coopstat::plural;

TEST_CASE("text: numbers written as runs") {
  CHECK(number_runs({}).empty());
  CHECK(number_runs({7}) == "7");
  CHECK(number_runs({1981, 1989, 1990, 1991}) == "1981, 1989–1991");
  CHECK(number_runs({1, 2, 4, 6, 7}) == "1–2, 4, 6–7");
}

TEST_CASE("text: bytes that are not valid UTF-8 are written as \\xNN, valid text as it is") {
  CHECK(escape_invalid_utf8("Côte d'Ivoire, 中国") == "Côte d'Ivoire, 中国");
  CHECK(escape_invalid_utf8("Fr\xE9nce") == "Fr\\xE9nce");  // Latin-1
  CHECK(escape_invalid_utf8("1x\xFF\xFE") == "1x\\xFF\\xFE");
  CHECK(escape_invalid_utf8("C\xC3") == "C\\xC3");  // a sequence cut short at the end
  CHECK(escape_invalid_utf8("\xC3\xA9\xC3") == "é\\xC3");
  CHECK(escape_invalid_utf8("").empty());
}

TEST_CASE("text: a count and its noun, plural unless the count is 1") {
  CHECK(plural(0, "row") == "0 rows");
  CHECK(plural(1, "row") == "1 row");
  CHECK(plural(2, "bad row") == "2 bad rows");
  CHECK(plural(1, "name matches", "names match") == "1 name matches");
  CHECK(plural(3, "name matches", "names match") == "3 names match");
  CHECK(plural(1234567, "row") == "1234567 rows");
  CHECK(plural(1234567, "row", {}, Digits::grouped) == "1,234,567 rows");
  CHECK(plural(1, "error", {}, Digits::grouped) == "1 error");
}
