#include "coopstat/gaps.hpp"

#include <doctest/doctest.h>

using namespace coopstat;

namespace {

LoadReport report_of(Shape shape, std::size_t missing) {
  LoadReport report;
  report.files.push_back({});
  report.files.back().shape = shape;
  report.files.back().rows.missing = missing;
  return report;
}

}  // namespace

TEST_CASE("gaps: the default follows the data's shape, and says so") {
  const GapsRule events = choose_gaps(std::nullopt, report_of(Shape::long_rows, 0));
  CHECK(events.gaps == Gaps::zero);
  CHECK(events.by_default);
  CHECK(events.why == "a list of events");
  const GapsRule wide = choose_gaps(std::nullopt, report_of(Shape::wide, 0));
  CHECK(wide.gaps == Gaps::missing);
  CHECK(wide.why == "a wide table");
  const GapsRule holes = choose_gaps(std::nullopt, report_of(Shape::long_rows, 2));
  CHECK(holes.gaps == Gaps::missing);
  CHECK(holes.why == "a table with missing values");
}

TEST_CASE("gaps: --gaps overrides the default, and is not told on standard error") {
  const GapsRule zero = choose_gaps(Gaps::zero, report_of(Shape::wide, 3));
  CHECK(zero.gaps == Gaps::zero);
  CHECK_FALSE(zero.by_default);
  CHECK(choose_gaps(Gaps::missing, report_of(Shape::long_rows, 0)).gaps == Gaps::missing);
  CHECK(gaps_default_message(zero, 4, "year").empty());
}

TEST_CASE("gaps: the note and the message name the rule, and only when there were gaps") {
  const GapsRule wide = choose_gaps(std::nullopt, report_of(Shape::wide, 0));
  CHECK(gaps_note(wide, 0, "year").empty());
  CHECK(gaps_default_message(wide, 0, "year").empty());
  CHECK(gaps_note(wide, 1, "year") == "1 year without a value: missing, left empty (--gaps missing)");
  CHECK(gaps_default_message(wide, 3, "year") ==
        "gaps: a year without a value is missing, not 0, as in a wide table (--gaps zero counts it as 0)");
  const GapsRule events = choose_gaps(std::nullopt, report_of(Shape::long_rows, 0));
  CHECK(gaps_note(events, 2, "combination") == "2 combinations without rows: counted as 0 (--gaps zero)");
  CHECK(gaps_default_message(events, 2, "year") ==
        "gaps: a year without rows counts as 0, as in a list of events (--gaps missing leaves it empty)");
}
