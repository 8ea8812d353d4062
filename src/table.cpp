#include "coopstat/table.hpp"

#include <algorithm>
#include <cmath>

namespace coopstat {

void Table::add_row(Dictionary::Code partner_code, std::int16_t year_value, Dictionary::Code field_code,
                    std::uint16_t type_code, double count_value, std::uint32_t line_number) {
  partner.push_back(partner_code);
  year.push_back(year_value);
  field.push_back(field_code);
  type.push_back(type_code);
  count.push_back(count_value);
  line.push_back(line_number);
  if (counts_whole && std::trunc(count_value) != count_value) counts_whole = false;
}

void Table::keep_rows(const std::vector<bool>& kept) {
  // Each source's first row moves back by the rows dropped before it.
  std::size_t next_source = 0;
  std::size_t written = 0;
  counts_whole = true;
  for (std::size_t row = 0; row < kept.size(); ++row) {
    while (next_source < sources.size() && sources[next_source].first_row == row)
      sources[next_source++].first_row = written;
    if (!kept[row]) continue;
    partner[written] = partner[row];
    year[written] = year[row];
    field[written] = field[row];
    type[written] = type[row];
    count[written] = count[row];
    line[written] = line[row];
    if (!reporter.empty()) reporter[written] = reporter[row];
    if (!pair.empty()) pair[written] = pair[row];
    if (counts_whole && std::trunc(count[row]) != count[row]) counts_whole = false;
    ++written;
  }
  for (; next_source < sources.size(); ++next_source) sources[next_source].first_row = written;
  for (auto* column : {&partner, &field}) column->resize(written);
  type.resize(written);
  year.resize(written);
  count.resize(written);
  line.resize(written);
  if (!reporter.empty()) reporter.resize(written);
  if (!pair.empty()) pair.resize(written);
}

const SourceFile& Table::source_of(std::size_t row) const {
  // Sources hold consecutive rows in order: the last one starting at or before `row`.
  const auto after = std::upper_bound(sources.begin(), sources.end(), row,
                                      [](std::size_t r, const SourceFile& source) { return r < source.first_row; });
  return *(after - 1);
}

}  // namespace coopstat
