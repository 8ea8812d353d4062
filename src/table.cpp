#include "coopstat/table.hpp"

#include <algorithm>

#include "huge_pages.hpp"
#include "line_index.hpp"

namespace coopstat {
namespace {

// Copies `from` after `into` (names recoded through `codes`), then frees `from`.
template <class Column>
void append_recoded(Column& into, Column& from, const std::vector<Dictionary::Code>& codes) {
  for (const auto code : from) into.push_back(static_cast<typename Column::value_type>(codes[code]));
  Column().swap(from);
}

template <class Column>
void append_freed(Column& into, Column& from) {
  into.insert(into.end(), from.begin(), from.end());
  Column().swap(from);
}

}  // namespace

void Table::reserve_more(std::size_t more) {
  const std::size_t total = rows() + more;
  reserve_on_huge_pages(partner, total);
  reserve_on_huge_pages(field, total);
  reserve_on_huge_pages(type, total);
  reserve_on_huge_pages(year, total);
  count.reserve(total);
  reporter.reserve(total);  // untouched room costs no memory when the table has no reporter column
}

void Table::append(Table&& part) {
  if (rows() == 0 && partners.size() == 0 && fields.size() == 0 && types.size() == 0 && reporters.size() == 0) {
    // Nothing to recode: take the part's columns and names as they are, with the room it made.
    partners = std::move(part.partners);
    fields = std::move(part.fields);
    types = std::move(part.types);
    reporters = std::move(part.reporters);
    partner = std::move(part.partner);
    field = std::move(part.field);
    type = std::move(part.type);
    year = std::move(part.year);
    count = std::move(part.count);
    line = std::move(part.line);
    reporter = std::move(part.reporter);
    partner_given_code = std::move(part.partner_given_code);
  } else {
    if (part.has_reporter && !has_reporter) {
      // As when one reader meets the first reporter column: earlier rows get the empty name.
      has_reporter = true;
      reporter.assign(rows(), reporters.intern(""));
    }
    if (part.has_reporter) append_recoded(reporter, part.reporter, reporters.intern_all(part.reporters));
    const std::vector<Dictionary::Code> partner_codes = partners.intern_all(part.partners);
    for (Dictionary::Code code = 0; code < part.partner_given_code.size(); ++code) {
      const Dictionary::Code to = partner_codes[code];
      if (partner_given_code.size() <= to) partner_given_code.resize(to + 1);
      if (partner_given_code[to].empty()) partner_given_code[to] = std::move(part.partner_given_code[code]);
    }
    append_recoded(partner, part.partner, partner_codes);
    append_recoded(field, part.field, fields.intern_all(part.fields));
    append_recoded(type, part.type, types.intern_all(part.types));
    append_freed(year, part.year);
    count.append(std::move(part.count));
    line.index_->append(std::move(*part.line.index_));
  }
  has_field = has_field || part.has_field;
  has_type = has_type || part.has_type;
  has_reporter = has_reporter || part.has_reporter;
  sources.back().has_field = sources.back().has_field || part.sources.front().has_field;
  sources.back().has_type = sources.back().has_type || part.sources.front().has_type;
}

void Table::add_row(Dictionary::Code partner_code, std::int16_t year_value, std::uint16_t field_code,
                    std::uint16_t type_code, double count_value, std::uint32_t line_number) {
  partner.push_back(partner_code);
  year.push_back(year_value);
  field.push_back(field_code);
  type.push_back(type_code);
  count.push_back(count_value);
  line.index_->push_back(line_number);
}

void Table::keep_rows(const std::vector<bool>& kept) {
  // Each source's first row moves back by the rows dropped before it.
  std::size_t next_source = 0;
  std::size_t written = 0;
  for (std::size_t row = 0; row < kept.size(); ++row) {
    while (next_source < sources.size() && sources[next_source].first_row == row)
      sources[next_source++].first_row = written;
    if (!kept[row]) continue;
    partner[written] = partner[row];
    year[written] = year[row];
    field[written] = field[row];
    type[written] = type[row];
    if (!reporter.empty()) reporter[written] = reporter[row];
    if (!pair.empty()) pair[written] = pair[row];
    ++written;
  }
  for (; next_source < sources.size(); ++next_source) sources[next_source].first_row = written;
  partner.resize(written);
  field.resize(written);
  type.resize(written);
  year.resize(written);
  count.keep_rows(kept);
  line.index_->keep_rows(kept);
  if (!reporter.empty()) reporter.resize(written);
  if (!pair.empty()) pair.resize(written);
}

const SourceFile& Table::source_of(std::size_t row) const {
  // Sources hold consecutive rows in order: the last one starting at or before `row`.
  const auto after = std::upper_bound(sources.begin(), sources.end(), row,
                                      [](std::size_t r, const SourceFile& source) { return r < source.first_row; });
  return *(after - 1);
}

std::pair<std::size_t, std::size_t> Table::rows_of_source(std::size_t source) const {
  const std::size_t end = source + 1 < sources.size() ? sources[source + 1].first_row : rows();
  return {sources[source].first_row, end};
}

}  // namespace coopstat
