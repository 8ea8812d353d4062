#include "input/sheet_cells.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace coopstat::input {
namespace {

// The last day Excel can show, 9999-12-31, in the 1900 system.
constexpr double kLastSerial = 2958465;

// The civil date of a count of days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
std::string civil_date(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_index = (5 * day_of_year + 2) / 153;
  const std::int64_t day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const std::int64_t month = month_index < 10 ? month_index + 3 : month_index - 9;
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// Days from 1970-01-01 back to 1899-12-31 and to 1904-01-01.
constexpr std::int64_t kDaysTo1899_12_31 = -25568;
constexpr std::int64_t kDaysTo1904_01_01 = -24107;

}  // namespace

std::string number_text(std::string_view stored) {
  double value = 0;
  const auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (error != std::errc{} || end != stored.data() + stored.size() || !std::isfinite(value)) return std::string(stored);
  std::array<char, 32> text{};
  const auto written = std::to_chars(text.data(), text.data() + text.size(), value);
  return std::string(text.data(), written.ptr);
}

std::optional<std::string> serial_date(double serial, DateSystem system) {
  if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial + 1) return std::nullopt;
  const auto day = static_cast<std::int64_t>(std::floor(serial));
  if (system == DateSystem::from_1904) return civil_date(kDaysTo1904_01_01 + day);
  if (day < 1) return std::nullopt;
  if (day == 60) return "1900-02-29";
  return civil_date(kDaysTo1899_12_31 + day - (day > 60 ? 1 : 0));
}

std::string date_part(std::string_view stored) { return std::string(stored.substr(0, stored.find('T'))); }

std::string unescape_xlsx_text(std::string_view stored) {
  std::string text;
  std::size_t done = 0;
  for (std::size_t at = stored.find("_x"); at != std::string_view::npos; at = stored.find("_x", at + 1)) {
    if (at < done || at + 7 > stored.size() || stored[at + 6] != '_') continue;
    unsigned code = 0;
    const auto [end, error] = std::from_chars(stored.data() + at + 2, stored.data() + at + 6, code, 16);
    if (error != std::errc{} || end != stored.data() + at + 6 || code == 0 || (code >= 0xD800 && code < 0xE000))
      continue;
    text.append(stored, done, at - done);
    if (code < 0x80) {
      text += static_cast<char>(code);
    } else if (code < 0x800) {
      text += static_cast<char>(0xC0 | (code >> 6));
      text += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      text += static_cast<char>(0xE0 | (code >> 12));
      text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      text += static_cast<char>(0x80 | (code & 0x3F));
    }
    done = at + 7;
  }
  if (done == 0) return std::string(stored);
  text.append(stored, done);
  return text;
}

bool is_date_format(std::uint64_t format_id, std::string_view format_code) {
  if ((format_id >= 14 && format_id <= 17) || format_id == 22) return true;
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    const char c = format_code[i];
    if (c == '"') {
      const std::size_t close = format_code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {
      const std::size_t close = format_code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as is, or is the width or fill of a space
    } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
      return true;
    }
  }
  return false;
}

}  // namespace coopstat::input
