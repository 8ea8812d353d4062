#include "input/record_keys.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::LoadOptions;
using coopstat::RecordKey;

namespace {

std::vector<RecordKey> keys_of(const std::string& csv, std::vector<std::string> columns = {}) {
  LoadOptions options;
  options.record_keys = std::move(columns);
  return coopstat::testing::load_with_report(csv, options).report.files.at(0).record_keys;
}

bool same(const RecordKey& a, const RecordKey& b) { return a.hash == b.hash && a.second_hash == b.second_hash; }

}  // namespace

TEST_CASE("record keys: every column but the count, cells as read, one key per record on its physical line") {
  const std::vector<RecordKey> keys = keys_of(
      "partner,year,note,agreements\nFrance,2020,a,1\n\"France\", 2020 "
      ",a,2\nFrance,2020,b,1\n\nJapan,2020,\"x\ny\",1\n");
  REQUIRE(keys.size() == 4);
  CHECK(keys[0].line == 2);
  CHECK(keys[1].line == 3);
  CHECK(keys[2].line == 4);
  CHECK(keys[3].line == 6);       // the blank line 5 holds no record
  CHECK(same(keys[0], keys[1]));  // only the count differs; quotes and spaces around cells do not count
  CHECK_FALSE(same(keys[0], keys[2]));
}

TEST_CASE("record keys: the columns named, found as flags find theirs") {
  const std::vector<RecordKey> keys = keys_of("partner,year,note\nFrance,2020,a\nFrance,2020,b\n", {"Partner", "YEAR"});
  REQUIRE(keys.size() == 2);
  CHECK(same(keys[0], keys[1]));
  CHECK_THROWS_WITH_AS(keys_of("partner,year\nFrance,2020\n", {"note"}),
                       "--key \"note\": no such column; the header has \"partner\", \"year\"", coopstat::Error);
}
