#include "source_name.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

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

TEST_CASE("source name: FILE:MEMBER splits at the colon after an existing file") {
  const coopstat::testing::ScratchFolder folder;
  const std::string zip = folder.write("d.zip", "PK");
  const std::string colon = folder.write("a:b.csv", "partner,year\n");
  CHECK(coopstat::split_member_path(zip).file == zip);
  CHECK_FALSE(coopstat::split_member_path(zip).member);
  const auto member = coopstat::split_member_path(zip + ":API_X.csv");
  CHECK(member.file == zip);
  CHECK(member.member == "API_X.csv");
  CHECK(coopstat::split_member_path(zip + ":sub/x:y.csv").member == "sub/x:y.csv");
  // A path that exists opens as it is, colon and all.
  CHECK(coopstat::split_member_path(colon).file == colon);
  CHECK_FALSE(coopstat::split_member_path(colon).member);
  // A path naming nothing stays as given, for its "cannot open" error.
  CHECK(coopstat::split_member_path("-:t.csv").file == "-:t.csv");
  CHECK(coopstat::split_member_path(folder.path.string() + "/none.zip:x.csv").file ==
        folder.path.string() + "/none.zip:x.csv");
  CHECK_FALSE(coopstat::split_member_path(zip + ":").member);
}
