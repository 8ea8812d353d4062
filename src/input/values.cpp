#include "input/values.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "coopstat/stats.hpp"
#include "input/dates.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// A plain loop: find_first_not_of calls memchr once per character, and every row's year comes through here.
bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_missing_value(std::string_view text) {
  return text.empty() || text == ".." || equal_ignoring_ascii_case(text, "na") ||
         equal_ignoring_ascii_case(text, "n/a");
}

CountParse parse_count(std::string_view text) {
  if (text.empty()) return {0, "empty value, expected a number"};
  // from_chars takes no leading '+', which spreadsheets sometimes write.
  std::string_view unsigned_text = text;
  if (text.front() == '+') {
    unsigned_text.remove_prefix(1);
    if (unsigned_text.empty() || unsigned_text.front() == '-') return {0, fmt::format("\"{}\" is not a number", text)};
  }
  const char* const begin = unsigned_text.data();
  const char* const end = begin + unsigned_text.size();

  std::int64_t whole = 0;
  if (auto [stop, error] = std::from_chars(begin, end, whole); stop == end) {
    constexpr std::int64_t kMaxExactWhole = std::int64_t{1} << 53;
    if (error == std::errc::result_out_of_range || whole > kMaxExactWhole || whole < -kMaxExactWhole)
      return {0, fmt::format("\"{}\" is too large to count exactly (more than 2^53)", text)};
    return {static_cast<double>(whole), {}};
  }
  double value = 0;
  const auto [stop, error] = std::from_chars(begin, end, value);
  if (stop != end || error != std::errc{} || !std::isfinite(value))
    return {0, fmt::format("\"{}\" is not a number", text)};
  if (std::trunc(value) == value && std::fabs(value) > kMaxExactWhole)
    return {0, fmt::format("\"{}\" is too large to count exactly (more than 2^53)", text)};
  return {value == 0 ? 0.0 : value, {}};  // no negative zero
}

YearParse parse_year(std::string_view text, DateOrder order) {
  if (text.empty()) return {0, "empty value, expected a year"};
  if (is_digits(text)) {
    int value = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && value >= kMinYear && value <= kMaxYear) return {value, {}};
    return {0, fmt::format("\"{}\" is not a year from {} to {}", text, kMinYear, kMaxYear)};
  }
  const DateParse date = parse_date(text, order);
  switch (date.outcome) {
    case DateParse::Outcome::date: return {date.year, {}};
    case DateParse::Outcome::impossible_day:
      return {0, order == DateOrder::automatic
                     ? fmt::format("\"{}\" is not a real day", text)
                     : fmt::format("\"{}\" is not a real day read as {} (--date-format {})", text, date_layout(order),
                                   order == DateOrder::day_first ? "dmy" : "mdy")};
    case DateParse::Outcome::not_a_date: break;
  }
  return {0, fmt::format("\"{}\" is not a year (a whole number, or a date: YYYY-MM-DD, {})", text, date_layout(order))};
}

}  // namespace coopstat::input
