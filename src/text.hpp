#pragma once
// Small text helpers the loader, the queries, the messages and the suggestions share: trimming, ASCII case,
// numbers and plurals.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat {

/// `text` without the spaces and tabs at either end. Inline and a plain loop: the loader trims every cell, and
/// find_first_not_of calls memchr once per character.
inline std::string_view trim_blanks(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  std::size_t first = 0;
  std::size_t end = text.size();
  while (first < end && blank(text[first])) ++first;
  while (end > first && blank(text[end - 1])) --end;
  return text.substr(first, end - first);
}

/// `c` in lower case if it is an ASCII capital, else unchanged (names in other scripts are compared as written).
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

/// Inserts a comma every three digits of the integer part of a formatted number ("-1234.5" → "-1,234.5").
void group_thousands(std::string& number);

/// How a count is written: as it is, or with a comma every three digits for people ("12,345").
enum class Digits { plain, grouped };

/// `count` and `noun` in the number the count takes: "1 row", "0 rows", "2 bad rows". `plural_noun` is for a noun
/// that does not just take an s, or a phrase whose verb agrees: "1 name matches", "3 names match".
std::string plural(std::uint64_t count, std::string_view noun, std::string_view plural_noun = {},
                   Digits digits = Digits::plain);

/// Ascending numbers written as runs: {1981, 1989, 1990, 1991} → "1981, 1989–1991".
std::string number_runs(const std::vector<std::uint64_t>& ascending);

/// `text` with its ASCII capitals in lower case.
std::string ascii_lower(std::string_view text);

/// `text` with its ASCII small letters in capitals.
std::string ascii_upper(std::string_view text);

/// Whether `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

/// `text` with each byte that is not part of valid UTF-8 written as `\xNN` (capital hex digits), so that a message,
/// a table or a CSV never carries raw bytes of another encoding.
std::string escape_invalid_utf8(std::string_view text);

/// Whether `a` and `b` are equal but for ASCII case.
bool equal_ignoring_ascii_case(std::string_view a, std::string_view b);

}  // namespace coopstat
