#include "text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>

namespace coopstat {

bool is_valid_utf8(std::string_view text) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code_point);
    if (used < 0) return false;
    bytes += used;
    left -= used;
  }
  return true;
}

std::string escape_invalid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string escaped;
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code_point);
    if (used < 0) {
      escaped += fmt::format("\\x{:02X}", *bytes);
      ++bytes;
      --left;
      continue;
    }
    escaped.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(used));
    bytes += used;
    left -= used;
  }
  return escaped;
}

void group_thousands(std::string& number) {
  const std::size_t digits_begin = number.starts_with('-') ? 1 : 0;
  std::size_t digits_end = number.find('.');
  if (digits_end == std::string::npos) digits_end = number.size();
  for (std::size_t at = digits_end; at > digits_begin + 3; at -= 3) number.insert(at - 3, 1, ',');
}

std::string plural(std::uint64_t count, std::string_view noun, std::string_view plural_noun, Digits digits) {
  std::string text = fmt::format("{}", count);
  if (digits == Digits::grouped) group_thousands(text);
  if (count == 1) return fmt::format("{} {}", text, noun);
  return plural_noun.empty() ? fmt::format("{} {}s", text, noun) : fmt::format("{} {}", text, plural_noun);
}

std::string number_runs(const std::vector<std::uint64_t>& ascending) {
  std::vector<std::string> runs;
  for (std::size_t i = 0; i < ascending.size(); ++i) {
    std::size_t end = i;
    while (end + 1 < ascending.size() && ascending[end + 1] == ascending[end] + 1) ++end;
    runs.push_back(end == i ? fmt::format("{}", ascending[i]) : fmt::format("{}–{}", ascending[i], ascending[end]));
    i = end;
  }
  return fmt::format("{}", fmt::join(runs, ", "));
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

}  // namespace coopstat
