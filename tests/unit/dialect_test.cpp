#include "input/dialect.hpp"

#include <doctest/doctest.h>

using coopstat::input::detect_delimiter;
using coopstat::input::split_fields;

TEST_CASE("dialect: the separator is the one used most outside quotes") {
  CHECK(detect_delimiter("partner,year,agreements") == ',');
  CHECK(detect_delimiter("partner;year;agreements") == ';');
  CHECK(detect_delimiter("partner\tyear\tagreements") == '\t');
  CHECK(detect_delimiter("partner|year|agreements") == '|');
  CHECK(detect_delimiter("\"a;b;c;d\",year,n") == ',');  // separators inside quotes do not count
  CHECK(detect_delimiter("name, with comma;year;n") == ';');
}

TEST_CASE("dialect: a comma wins ties and one-column headers") {
  CHECK(detect_delimiter("partner") == ',');
  CHECK(detect_delimiter("a,b;c") == ',');
  CHECK(detect_delimiter("") == ',');
}

TEST_CASE("dialect: fields split like the CSV reader: trim, then unquote") {
  std::vector<std::string> fields;
  REQUIRE(split_fields(" partner , \"Korea, Republic of\" ,\"say \"\"hi\"\"\",,\" padded \"", ',', fields));
  CHECK(fields == std::vector<std::string>{"partner", "Korea, Republic of", "say \"hi\"", "", " padded "});
}

TEST_CASE("dialect: splitting keeps empty fields at both ends") {
  std::vector<std::string> fields;
  REQUIRE(split_fields(",a,", ',', fields));
  CHECK(fields == std::vector<std::string>{"", "a", ""});
  REQUIRE(split_fields("", ',', fields));
  CHECK(fields == std::vector<std::string>{""});
}

TEST_CASE("dialect: an unclosed quote is reported") {
  std::vector<std::string> fields;
  CHECK_FALSE(split_fields("\"partner,year", ',', fields));
  CHECK_FALSE(split_fields("a,\"b\"\"", ',', fields));
}

TEST_CASE("dialect: other separators") {
  std::vector<std::string> fields;
  REQUIRE(split_fields("a;\"b;c\";d", ';', fields));
  CHECK(fields == std::vector<std::string>{"a", "b;c", "d"});
  REQUIRE(split_fields("a\tb c\t d ", '\t', fields));
  CHECK(fields == std::vector<std::string>{"a", "b c", "d"});
}
