#pragma once
// The CSV dialect: which separator a file uses, and splitting a header line the way the reader does.

#include <string>
#include <string_view>
#include <vector>

namespace coopstat::input {

/// The separators coopstat reads.
inline constexpr std::string_view kDelimiters = ",;\t|";

/// The separator of a header line: whichever of `,` `;` tab `|` occurs most often outside quotes;
/// a comma when none does (a one-column file) or on a tie with it.
char detect_delimiter(std::string_view header_line);

/// Splits a line into fields as fast-cpp-csv-parser does: split on `delimiter` outside double quotes,
/// trim spaces and tabs, then remove enclosing quotes and undouble inner ones.
/// Returns false when a quoted field is not closed.
bool split_fields(std::string_view line, char delimiter, std::vector<std::string>& fields);

}  // namespace coopstat::input
