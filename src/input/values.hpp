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

/// A whole or decimal number written in `form` (by default with `.` as decimal point and no groups), with an optional
/// sign and exponent; finite. Group separators stand between groups of three digits before the decimal mark. A text
/// that is not a number in `form` but is one in another form names the flags that read it, and what they read.
CountParse parse_count(std::string_view text, const NumberForm& form = {});

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
