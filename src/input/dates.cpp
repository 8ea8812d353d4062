#include "input/dates.hpp"

#include <charconv>
#include <optional>

#include "input/values.hpp"

namespace coopstat::input {
namespace {

// A number of `min_digits` to `max_digits` digits, nothing else.
std::optional<int> number(std::string_view text, std::size_t min_digits, std::size_t max_digits) {
  if (text.size() < min_digits || text.size() > max_digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool is_real_day(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 && leap ? 29 : kDays[month - 1]);
}

DateParse judged(int year, bool real) {
  return real ? DateParse{DateParse::Outcome::date, year} : DateParse{DateParse::Outcome::impossible_day, 0};
}

}  // namespace

std::string_view date_layout(DateOrder order) {
  switch (order) {
    case DateOrder::day_first: return "DD/MM/YYYY";
    case DateOrder::month_first: return "MM/DD/YYYY";
    case DateOrder::automatic: break;
  }
  return "DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY";
}

DateParse parse_date(std::string_view text, DateOrder order) {
  // ISO: the year first, so nothing is in doubt.
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    const auto year = number(text.substr(0, 4), 4, 4), month = number(text.substr(5, 2), 2, 2),
               day = number(text.substr(8, 2), 2, 2);
    if (!year || !month || !day) return {};
    return judged(*year, is_real_day(*year, *month, *day));
  }
  // Day and month in either order, then the year: D.M.YYYY, MM/DD/YYYY…
  const std::size_t first_separator = text.find_first_of("./-");
  if (first_separator == std::string_view::npos) return {};
  const char separator = text[first_separator];
  const std::size_t second_separator = text.find(separator, first_separator + 1);
  if (second_separator == std::string_view::npos) return {};
  const auto first = number(text.substr(0, first_separator), 1, 2);
  const auto second = number(text.substr(first_separator + 1, second_separator - first_separator - 1), 1, 2);
  const auto year = number(text.substr(second_separator + 1), 4, 4);
  if (!first || !second || !year) return {};
  const bool day_first = is_real_day(*year, *second, *first), month_first = is_real_day(*year, *first, *second);
  switch (order) {
    case DateOrder::day_first: return judged(*year, day_first);
    case DateOrder::month_first: return judged(*year, month_first);
    case DateOrder::automatic: break;
  }
  // Dots are the day-first convention; with slashes or hyphens the year is the same whichever order is meant.
  return judged(*year, separator == '.' ? day_first : day_first || month_first);
}

}  // namespace coopstat::input
