#pragma once
// Dates in a year column: coopstat takes their year, after checking that they name a real day.

#include <string_view>

#include "coopstat/input_types.hpp"

namespace coopstat::input {

/// What a text is as a date.
struct DateParse {
  enum class Outcome {
    not_a_date,      ///< none of the date layouts
    impossible_day,  ///< a date layout, but no such day (2021-02-29, 31.04.2020)
    date,            ///< a real day; `year` is its year
  };
  Outcome outcome = Outcome::not_a_date;
  int year = 0;
};

/// Reads `YYYY-MM-DD`, or a day, a month and a four-digit year separated by `.`, `/` or `-` (one or two digits for
/// day and month), their order as `order` says.
DateParse parse_date(std::string_view text, DateOrder order);

/// How `order` writes a date, for messages: "DD/MM/YYYY".
std::string_view date_layout(DateOrder order);

}  // namespace coopstat::input
