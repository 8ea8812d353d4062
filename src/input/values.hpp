#pragma once
// Strict parsing of the numbers in a row: what is not exactly a number is an error, never 0.

#include <optional>
#include <string>
#include <string_view>

#include "coopstat/input_types.hpp"

namespace coopstat::input {

/// Years coopstat accepts: what fits a calendar year written with at most four digits.
inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

/// A parsed count, or why the text is not one.
struct CountParse {
  double value = 0;
  std::string problem;  ///< empty when `value` is good
};

/// A whole or decimal number with `.` as decimal point, an optional sign and exponent; finite.
CountParse parse_count(std::string_view text);

/// Whether a count cell marks a missing value: empty, `NA`, `..` or `n/a` (ASCII case ignored).
bool is_missing_value(std::string_view text);

/// A parsed year, or why the text is not one.
struct YearParse {
  int value = 0;
  std::string problem;
};

/// A whole number from kMinYear to kMaxYear, or the year of a date (see parse_date) that names a real day.
YearParse parse_year(std::string_view text, DateOrder order = DateOrder::automatic);

}  // namespace coopstat::input
