#include "source_name.hpp"

#include <doctest/doctest.h>

using coopstat::is_standard_stream;
using coopstat::source_name;
using coopstat::source_place;

TEST_CASE("source name: \"-\" is standard input, named <stdin> in messages; a path is named as given") {
  CHECK(is_standard_stream("-"));
  CHECK_FALSE(is_standard_stream("./-"));
  CHECK_FALSE(is_standard_stream(""));
  CHECK(source_name("-") == "<stdin>");
  CHECK(source_name("data/cooperation.csv") == "data/cooperation.csv");
  CHECK(source_name("./-") == "./-");
}

TEST_CASE("source name: a place is FILE:LINE") {
  CHECK(source_place("data.csv", 12) == "data.csv:12");
  CHECK(source_place("<stdin>", 1) == "<stdin>:1");
}
