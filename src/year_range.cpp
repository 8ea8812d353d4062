#include "year_range.hpp"

#include <fmt/format.h>

#include <charconv>

namespace coopstat {
namespace {

std::optional<int> parse_year(std::string_view digits) {
  int year = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
  if (error != std::errc{} || end != digits.data() + digits.size() || year < 1 || year > 9999) return std::nullopt;
  return year;
}

}  // namespace

std::string YearRange::text() const {
  return first == last ? fmt::format("{}", first) : fmt::format("{}–{}", first, last);
}

std::string YearRange::label() const {
  return first == last ? fmt::format("{}", first) : fmt::format("{}_{}", first, last);
}

std::optional<YearRange> parse_year_range(std::string_view text, LoneYear lone) {
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos) {
    const std::optional<int> year = lone == LoneYear::accepted ? parse_year(text) : std::nullopt;
    return year ? std::optional(YearRange{*year, *year}) : std::nullopt;
  }
  const std::optional<int> first = parse_year(text.substr(0, dash));
  const std::optional<int> last = parse_year(text.substr(dash + 1));
  if (!first || !last || *first > *last) return std::nullopt;
  return YearRange{*first, *last};
}

}  // namespace coopstat
