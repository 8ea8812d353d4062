#include "input/values.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

#include "coopstat/stats.hpp"
#include "input/dates.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// A plain loop: find_first_not_of calls memchr once per character, and every row's year comes through here.
bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The byte length of the group separator `thousands` at the start of `text`, 0 if there is none there. A space is also
// a no-break space (U+00A0) or a narrow no-break space (U+202F), as word processors and French typography write.
std::size_t separator_length(std::string_view text, char thousands) {
  if (thousands != ' ') return text.starts_with(thousands) ? 1 : 0;
  for (const std::string_view space :
       {std::string_view(" "), std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")})
    if (text.starts_with(space)) return space.size();
  return 0;
}

constexpr std::string_view kMisplacedGroups = "the thousands separators must stand between groups of three digits";

// `text` in `form` rewritten as the default form reads it (group separators dropped, a decimal comma as a point),
// or the problem: groups not of three digits, or the other mark where it has no meaning.
struct Rewritten {
  std::string text;
  std::string problem;
};

Rewritten rewritten(std::string_view text, const NumberForm& form) {
  Rewritten result;
  std::size_t at = 0;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) result.text += text[at++];
  // Digits since the last separator; the first group takes one to three, every later one three.
  std::size_t group = 0;
  bool grouped = false;
  const auto misplaced = [&] {
    result.problem = kMisplacedGroups;
    return result;
  };
  while (at < text.size()) {
    if (text[at] >= '0' && text[at] <= '9') {
      result.text += text[at++];
      ++group;
      continue;
    }
    const std::size_t separator = form.thousands ? separator_length(text.substr(at), *form.thousands) : 0;
    if (separator == 0) break;
    if (group == 0 || group > 3 || (grouped && group != 3)) return misplaced();
    grouped = true;
    group = 0;
    at += separator;
  }
  if (grouped && group != 3) return misplaced();
  if (at < text.size() && text[at] == form.decimal) {
    result.text += '.';
    ++at;
  }
  const std::string_view rest = text.substr(at);
  // With a decimal comma, a point is no decimal point (from_chars would read it as one).
  if (form.decimal != '.' && rest.find('.') != std::string_view::npos) return {{}, "not a number"};
  result.text += rest;
  return result;
}

// Why a text is no count, before it is said in words.
enum class Unread { none, not_a_number, too_large };

struct Plain {
  double value = 0;
  Unread why = Unread::none;
};

// The number `text` is in the default form: no strings are made, since every row's count comes through here.
Plain read_plain(std::string_view text) {
  if (text.empty()) return {0, Unread::not_a_number};
  // from_chars takes no leading '+', which spreadsheets sometimes write.
  std::string_view unsigned_text = text;
  if (text.front() == '+') {
    unsigned_text.remove_prefix(1);
    if (unsigned_text.empty() || unsigned_text.front() == '-') return {0, Unread::not_a_number};
  }
  const char* const begin = unsigned_text.data();
  const char* const end = begin + unsigned_text.size();

  std::int64_t whole = 0;
  if (auto [stop, error] = std::from_chars(begin, end, whole); stop == end) {
    constexpr std::int64_t kMaxExactWhole = std::int64_t{1} << 53;
    if (error == std::errc::result_out_of_range || whole > kMaxExactWhole || whole < -kMaxExactWhole)
      return {0, Unread::too_large};
    return {static_cast<double>(whole), Unread::none};
  }
  double value = 0;
  const auto [stop, error] = std::from_chars(begin, end, value);
  if (stop != end || error != std::errc{} || !std::isfinite(value)) return {0, Unread::not_a_number};
  if (std::trunc(value) == value && std::fabs(value) > kMaxExactWhole) return {0, Unread::too_large};
  return {value == 0 ? 0.0 : value, Unread::none};  // no negative zero
}

// The number `text` is in `form`, or why it is none (kMisplacedGroups, or empty when it is not a number at all).
Plain read_in_form(std::string_view text, const NumberForm& form, std::string& problem) {
  if (form.plain()) return read_plain(text);
  const Rewritten plain = rewritten(text, form);
  problem = plain.problem;
  if (!problem.empty()) return {0, Unread::not_a_number};
  return read_plain(plain.text);
}

// "--decimal , --thousands space"; the default form is "the default (1234.5)".
std::string flags_of(const NumberForm& form) {
  if (form.plain()) return "the default (1234.5)";
  std::vector<std::string> flags;
  if (form.decimal != '.') flags.push_back(fmt::format("--decimal {}", form.decimal));
  if (form.thousands)
    flags.push_back(fmt::format("--thousands {}", *form.thousands == ' '    ? "space"
                                                  : *form.thousands == '\'' ? "\"'\""
                                                                            : std::string(1, *form.thousands)));
  return fmt::format("{}", fmt::join(flags, " "));
}

// Why `text` is not a count in `form` (`problem`: what rewriting it in the default form met, if anything), and the
// other forms that read it, each with its value.
std::string not_a_count(std::string_view text, const NumberForm& form, std::string_view problem) {
  std::vector<std::string> readings;
  std::vector<double> values;
  // Tried in the order of number_forms(): a reading of one flag before one of two.
  for (const NumberForm& other : number_forms()) {
    if (other.decimal == form.decimal && other.thousands == form.thousands) continue;
    std::string ignored;
    const Plain reading = read_in_form(text, other, ignored);
    if (reading.why != Unread::none || std::find(values.begin(), values.end(), reading.value) != values.end()) continue;
    values.push_back(reading.value);
    readings.push_back(fmt::format("{} reads it as {}", flags_of(other), reading.value));
  }
  if (form.plain()) {
    const std::string message = fmt::format("\"{}\" is not a number", text);
    return readings.empty() ? message : fmt::format("{}; {}", message, fmt::join(readings, ", "));
  }
  const std::string what = readings.size() > 1 ? "is ambiguous" : "is not a number";
  std::string message = fmt::format("\"{}\" {} with {}", text, what, flags_of(form));
  if (problem == kMisplacedGroups) message += fmt::format(" ({})", problem);
  return readings.empty() ? message : fmt::format("{}; {}", message, fmt::join(readings, ", "));
}

// The message for `text`, no count in `form` for `why` (`problem`: what read_in_form met).
[[gnu::cold, gnu::noinline]] CountParse unread(std::string_view text, const NumberForm& form, Unread why,
                                               std::string_view problem) {
  if (text.empty()) return {0, "empty value, expected a number"};
  if (why == Unread::too_large) return {0, fmt::format("\"{}\" is too large to count exactly (more than 2^53)", text)};
  return {0, not_a_count(text, form, problem)};
}

// A count in a form other than the default, apart from the default's path (it makes strings).
[[gnu::noinline]] CountParse parse_in_local_form(std::string_view text, const NumberForm& form) {
  std::string problem;
  const Plain count = read_in_form(text, form, problem);
  if (count.why == Unread::none) return {count.value, {}};
  return unread(text, form, count.why, problem);
}

}  // namespace

bool is_missing_value(std::string_view text) {
  return text.empty() || text == ".." || equal_ignoring_ascii_case(text, "na") ||
         equal_ignoring_ascii_case(text, "n/a");
}

CountParse parse_count(std::string_view text, const NumberForm& form) {
  // The default form apart, in a small frame: every row's count comes through here.
  if (!form.plain()) return parse_in_local_form(text, form);
  const Plain count = read_plain(text);
  if (count.why == Unread::none) [[likely]]
    return {count.value, {}};
  return unread(text, form, count.why, {});
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
