#include "input/values.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "coopstat/text.hpp"

namespace coopstat::input {
namespace {

bool is_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// The year of `YYYY-MM-DD` when it names a real day.
std::optional<int> iso_date_year(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
  if (!is_digits(year) || !is_digits(month) || !is_digits(day)) return std::nullopt;
  const int y = to_int(year), m = to_int(month), d = to_int(day);
  if (y < kMinYear || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return y;
}

}  // namespace

bool is_missing_value(std::string_view text) {
  return text.empty() || text == ".." || equal_ignoring_ascii_case(text, "na") || equal_ignoring_ascii_case(text, "n/a");
}

CountParse parse_count(std::string_view text) {
  if (text.empty()) return {0, "empty value, expected a number"};
  // from_chars takes no leading '+', which spreadsheets sometimes write.
  std::string_view unsigned_text = text;
  if (text.front() == '+') {
    unsigned_text.remove_prefix(1);
    if (unsigned_text.empty() || unsigned_text.front() == '-')
      return {0, fmt::format("\"{}\" is not a number", text)};
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
  if (std::trunc(value) == value && std::fabs(value) > kMaxExactCount)
    return {0, fmt::format("\"{}\" is too large to count exactly (more than 2^53)", text)};
  return {value == 0 ? 0.0 : value, {}};  // no negative zero
}

YearParse parse_year(std::string_view text) {
  if (text.empty()) return {0, "empty value, expected a year"};
  if (is_digits(text)) {
    int value = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && value >= kMinYear && value <= kMaxYear) return {value, {}};
    return {0, fmt::format("\"{}\" is not a year from {} to {}", text, kMinYear, kMaxYear)};
  }
  if (const auto year = iso_date_year(text)) return {*year, {}};
  return {0, fmt::format("\"{}\" is not a year (a whole number or an ISO date YYYY-MM-DD)", text)};
}

}  // namespace coopstat::input
