#pragma once
// The guesses coopstat makes about an input's roles and shape, which a user must be told of: no count column (each
// row counts as one), a `country` column read as the reporter, a date column read as the year, a wide table.

#include <string>
#include <vector>

#include "coopstat/input_types.hpp"
#include "input/header_search.hpp"
#include "input/leading_lines.hpp"

namespace coopstat::input {

/// How many data lines after the header are looked at for a column that may be the count.
inline constexpr std::size_t kCountSampleLines = 100;

/// The guesses behind `header`. Without a count column, up to kCountSampleLines more lines are read from `lines`
/// (they are replayed to the reader like the rest) to name a column of numbers as the likely count.
std::vector<Assumption> assumptions_of(const Header& header, LeadingLines& lines, const LoadOptions& options);

}  // namespace coopstat::input
