#pragma once
// A spreadsheet cell's stored value as the text coopstat reads: numbers as the shortest decimal that is the same
// number, date-formatted numbers as ISO dates.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coopstat::input {

/// Where a workbook's day numbers start: 1900 (serial 1 is 1900-01-01, Excel's default) or 1904 (serial 0 is
/// 1904-01-01, old Mac workbooks).
enum class DateSystem { from_1900, from_1904 };

/// The shortest decimal text that reads back as the same double as `stored` (a cell's stored number, which may
/// carry 17 digits: 1234.0999999999999 gives 1234.1); `stored` itself when it is not a number.
std::string number_text(std::string_view stored);

/// The ISO date (YYYY-MM-DD) of the day `serial` falls on, or nothing when it is no day (before the system's first,
/// after 9999-12-31, not finite). In the 1900 system, serial 60 is 1900-02-29, a day that never was, which Excel
/// keeps for compatibility with Lotus 1-2-3; the days after it are one more than their count from 1900-01-01.
std::optional<std::string> serial_date(double serial, DateSystem system);

/// The day of an ISO date or date-time as a workbook stores it ("2020-01-05" of "2020-01-05T10:30:00"): coopstat
/// reads dates for their year, and the loader reads YYYY-MM-DD.
std::string date_part(std::string_view stored);

/// Text as an .xlsx stores it with Excel's escapes decoded: `_xHHHH_` stands for the character U+HHHH (`_x000D_`
/// for a carriage return; `_x005F_` for the `_` of a text that looks like an escape). U+0000 and surrogates stay as
/// written.
std::string unescape_xlsx_text(std::string_view stored);

/// Whether a number format shows a date: the built-in formats 14–17 and 22, or a format code with a day or year
/// (d, y) outside quotes, brackets and escapes. An `m` alone may be minutes, so it does not count.
bool is_date_format(std::uint64_t format_id, std::string_view format_code);

}  // namespace coopstat::input
