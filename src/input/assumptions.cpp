#include "input/assumptions.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "input/dialect.hpp"
#include "input/values.hpp"

namespace coopstat::input {
namespace {

// What the sampled cells of one column were.
struct ColumnSample {
  bool numbers = true;    // every cell a number or a missing value
  std::size_t count = 0;  // of numbers
  bool running = true;    // 0 or 1, then each number the one before plus 1: a row number (an identifier), not a count
  double last = 0;
};

// The columns no role took whose cells, in the sampled lines after the header, are all numbers (a missing value
// aside) and not row numbers: where the count may be. Sampling stops at a line that does not split (a quoted
// field spanning lines).
std::vector<std::size_t> columns_of_numbers(const Header& header, LeadingLines& lines, const NumberForm& form) {
  const Layout& layout = header.layout;
  std::vector<ColumnSample> samples(layout.names.size());
  std::vector<std::string> cells;
  for (std::size_t sampled = 0; sampled < kCountSampleLines; ++sampled) {
    const auto line = lines.next_non_blank();
    if (!line || !split_fields(line->text, header.delimiter, cells)) break;
    for (std::size_t column = 0; column < samples.size(); ++column) {
      const std::string_view cell = column < cells.size() ? std::string_view(cells[column]) : std::string_view{};
      if (is_missing_value(cell)) continue;
      ColumnSample& sample = samples[column];
      const CountParse number = parse_count(cell, form);
      if (!number.problem.empty()) {
        sample.numbers = false;
        continue;
      }
      sample.running = sample.running &&
                       (sample.count == 0 ? number.value == 0 || number.value == 1 : number.value == sample.last + 1);
      sample.last = number.value;
      ++sample.count;
    }
  }
  for (const ColumnChoice& choice : layout.roles)
    if (choice.index) samples[*choice.index].numbers = false;
  std::vector<std::size_t> found;
  for (std::size_t column = 0; column < samples.size(); ++column) {
    const ColumnSample& sample = samples[column];
    if (sample.numbers && sample.count > 0 && !(sample.running && sample.count > 1) && !layout.names[column].empty())
      found.push_back(column);
  }
  return found;
}

}  // namespace

std::vector<Assumption> assumptions_of(const Header& header, LeadingLines& lines, const LoadOptions& options) {
  const Layout& layout = header.layout;
  std::vector<Assumption> guesses;
  if (layout.wide()) {
    if (!options.shape) {
      const std::string& first = layout.names[layout.year_columns.front()];
      const std::string& last = layout.names[layout.year_columns.back()];
      guesses.push_back({fmt::format("wide table: the {} columns named by years ({}–{}) are read as years, their "
                                     "cells as counts (--shape wide to confirm)",
                                     layout.year_columns.size(), first, last),
                         std::nullopt, false});
    }
  } else if (!layout[Role::count].index) {
    const std::vector<std::size_t> numbers = columns_of_numbers(header, lines, options.numbers);
    const bool one = numbers.size() == 1;
    guesses.push_back(
        {fmt::format("no count column: each row counts as 1; name one with --count-col{}",
                     one ? fmt::format(" (did you mean --count-col {}?)", layout.flag_value(numbers.front())) : ""),
         std::nullopt, one});
  }
  const ColumnChoice& reporter = layout[Role::reporter];
  if (reporter.index && (reporter.alias == "country" || reporter.alias == "countryname"))
    guesses.push_back({fmt::format("column \"{}\" is read as the reporter and \"{}\" as the partner, a bilateral "
                                   "table (--reporter-col {} to confirm)",
                                   reporter.header, layout[Role::partner].header, reporter.header),
                       reporter.index, false});
  const ColumnChoice& year = layout[Role::year];
  if (year.index && year.alias == "date")
    guesses.push_back({fmt::format("column \"{}\" is read as the year: each date counts in its year (--year-col {} to "
                                   "confirm)",
                                   year.header, year.header),
                       year.index, false});
  return guesses;
}

}  // namespace coopstat::input
