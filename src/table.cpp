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

const SourceFile& Table::source_of(std::size_t row) const {
  // Sources hold consecutive rows in order: the last one starting at or before `row`.
  const auto after = std::upper_bound(sources.begin(), sources.end(), row,
                                      [](std::size_t r, const SourceFile& source) { return r < source.first_row; });
  return *(after - 1);
}

}  // namespace coopstat
