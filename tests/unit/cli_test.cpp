#include "cli.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

namespace {

struct Run {
  coopstat::ExitCode code;
  std::string out;
  std::string err;
};

Run run(std::vector<const char*> arguments) {
  arguments.insert(arguments.begin(), "coopstat");
  std::ostringstream out, err;
  const coopstat::ExitCode code = coopstat::run(static_cast<int>(arguments.size()), arguments.data(), out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

// The full outputs are golden-tested through the binary (tests/cli); these check the exit code mapping.
TEST_CASE("cli: help and version succeed on standard output") {
  for (const auto& arguments : {std::vector<const char*>{"--help"}, {"--version"}, {"summary", "--help"}}) {
    const Run result = run(arguments);
    CHECK(result.code == coopstat::ExitCode::success);
    CHECK_FALSE(result.out.empty());
    CHECK(result.err.empty());
  }
}

TEST_CASE("cli: a wrong command line exits 2 with one line on standard error") {
  for (const auto& arguments : {std::vector<const char*>{},
                                {"bogus"},
                                {"summary"},
                                {"summary", "x.csv", "--bogus"},
                                {"summary", "x.csv", "--format", "xml"},
                                {"summary", "x.csv", "--from", "0"}}) {
    const Run result = run(arguments);
    CHECK(result.code == coopstat::ExitCode::usage_error);
    CHECK(result.out.empty());
    CHECK(result.err.starts_with("coopstat: "));
    CHECK(result.err.find('\n') == result.err.size() - 1);
  }
}

TEST_CASE("cli: bad data exits 1 and prints nothing on standard output") {
  const Run result = run({"summary", "/nonexistent/data.csv"});
  CHECK(result.code == coopstat::ExitCode::data_error);
  CHECK(result.out.empty());
  CHECK(result.err == "coopstat: /nonexistent/data.csv: cannot open: No such file or directory\n");
}

TEST_CASE("cli: every command's JSON parses, as an array of objects with the same keys") {
  const std::string tiny = std::string(COOPSTAT_SOURCE_DIR) + "/tests/cli/fixtures/tiny.csv";
  const std::vector<std::vector<const char*>> commands{
      {"summary"},
      {"summary", "--section", "years"},
      {"aggregate", "--by", "partner,year", "--stats", "count,sd,p90"},
      {"trend", "--by", "partner"},
      {"trend", "--series"},
      {"breakdown", "--within", "year"},
      {"breakdown", "--concentration"},
      {"breakdown", "--compare", "2020,2022"},
      {"top", "--by", "field"},
      {"pivot", "--rows", "partner", "--cols", "year", "--stat", "mean"},
      {"check"}};
  for (auto arguments : commands) {
    arguments.insert(arguments.begin() + 1, tiny.c_str());
    arguments.insert(arguments.end(), {"--format", "json"});
    CAPTURE(arguments[0]);
    const Run result = run(arguments);
    REQUIRE(result.code == coopstat::ExitCode::success);
    const auto parsed = nlohmann::json::parse(result.out);
    REQUIRE(parsed.is_array());
    for (const auto& row : parsed) {
      REQUIRE(row.is_object());
      CHECK(row.size() == parsed.front().size());
    }
  }
}
