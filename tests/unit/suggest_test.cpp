#include "suggest.hpp"

#include <doctest/doctest.h>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/error.hpp"

using coopstat::closest_match;
using coopstat::with_suggestion;

namespace {

using Names = std::vector<std::string>;

const Names kStats{"count", "sum", "mean", "median", "min", "max", "sd", "var"};

// The suggestion, or "" for none.
std::string match(std::string_view typed, const Names& candidates) {
  return closest_match(typed, candidates).value_or("");
}

// A name table like the statistics, keys or formats tables.
struct Entry {
  std::string_view name;
  int id;
};
constexpr std::array<Entry, 3> kFormats{{{"table", 1}, {"csv", 2}, {"json", 3}}};

// The message of the usage error find_named throws for `name` in kFormats ("" if it finds the name).
std::string find_format_error(std::string_view name) {
  try {
    coopstat::find_named(std::span<const Entry>(kFormats), name, "format");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("suggest: a typo within a third of the typed length is matched") {
  CHECK(match("meen", kStats) == "mean");                    // 1 substitution; 4 letters allow 1
  CHECK(match("sume", kStats) == "sum");                     // 1 deletion
  CHECK(match("Frnaxe", {"Japan", "France"}) == "France");   // swap "na", x → c; 6 letters allow 2
  CHECK(match("Fraance", {"Japan", "France"}) == "France");  // 1 deletion
  CHECK(match("Frace", {"Japan", "France"}) == "France");    // 1 insertion
  // Distances count bytes: "o" → "ô" (2 bytes in UTF-8) is 2 edits; 13 bytes allow 4.
  CHECK(match("Cote d'Ivoire", {"Chad", "Côte d'Ivoire"}) == "Côte d'Ivoire");
}

TEST_CASE("suggest: a swap of two neighbouring characters is one edit") {
  CHECK(match("cvs", {"table", "csv", "json"}) == "csv");  // 3 letters allow 1
  CHECK(match("yaer", {"partner", "year", "field", "type"}) == "year");
  CHECK(match("ba", {"ab"}) == "ab");
  // Two swaps are two edits: "badc" (4 letters, limit 1) is too far from "abcd".
  CHECK(match("badc", {"abcd"}) == "");
}

TEST_CASE("suggest: a name too far from every candidate has no match") {
  CHECK(match("average", kStats) == "");
  CHECK(match("abcdef", {"abxyzf"}) == "");        // 3 substitutions; 6 letters allow 2
  CHECK(match("abcdef", {"abxyef"}) == "abxyef");  // 2 substitutions: just within
  CHECK(match("ab", {"xy"}) == "");                // 2 substitutions; short names allow 1
  CHECK(match("ab", {"ax"}) == "ax");
  CHECK(match("meen", {}) == "");
}

TEST_CASE("suggest: ASCII case is ignored") {
  CHECK(match("MEAN", kStats) == "mean");  // distance 0 once folded
  CHECK(match("fRANCE", {"Japan", "France"}) == "France");
  CHECK(match("JAPN", {"Japan", "France"}) == "Japan");  // 1 insertion after folding
}

TEST_CASE("suggest: the closest of several candidates wins, not the first") {
  // "Nigerr": "Nigeria" is 2 edits (r → i, insert a), "Niger" 1 (delete r); both within the limit of 2.
  CHECK(match("Nigerr", {"Nigeria", "Niger"}) == "Niger");
  // "medain": "mean" is 2 edits (delete d and i), "median" 1 (swap a and i).
  CHECK(match("medain", {"mean", "median"}) == "median");
}

TEST_CASE("suggest: with_suggestion appends \"did you mean\" only when there is a match") {
  CHECK(with_suggestion("unknown statistic \"meen\"", "meen", kStats) ==
        "unknown statistic \"meen\"; did you mean \"mean\"?");
  CHECK(with_suggestion("unknown statistic \"average\"", "average", kStats) == "unknown statistic \"average\"");
  CHECK(with_suggestion("base", "x", {}) == "base");
}

TEST_CASE("suggest: name tables find their entries or say what is known") {
  CHECK(coopstat::find_named(std::span<const Entry>(kFormats), "csv", "format").id == 2);
  CHECK(coopstat::find_named(std::span<const Entry>(kFormats), "table", "format").id == 1);
  CHECK(find_format_error("jsno") == "unknown format \"jsno\" (formats: table, csv, json); did you mean \"json\"?");
  CHECK(find_format_error("xml") == "unknown format \"xml\" (formats: table, csv, json)");
  CHECK(find_format_error("CSV") == "unknown format \"CSV\" (formats: table, csv, json); did you mean \"csv\"?");
}
