#include "input/row_reader.hpp"

#include <fmt/format.h>

#include <vector>

#include "coopstat/error.hpp"
#include "input/reader_buffer.hpp"
#include "input/row_store.hpp"

namespace coopstat::input {
namespace {

template <char Separator>
using Quotes = io::double_quote_escape<Separator, '"'>;

// Often enough for a line redrawn five times a second at a million rows a second; rarely enough to cost nothing.
constexpr std::uint32_t kRecordsPerProgress = 65536;

// Which role each header column has (-1: none), as csv.h's parse_line takes it.
std::vector<int> roles_by_column(const Layout& layout) {
  std::vector<int> roles(layout.names.size(), -1);
  for (std::size_t role = 0; role < kRoleCount; ++role)
    if (const auto& index = layout.roles[role].index) roles[*index] = static_cast<int>(role);
  return roles;
}

// Splits `line` as csv.h does (trimmed, unquoted), each role's field into `cells`; returns how many fields the line
// has. Fields past `roles` are counted, and each after the header's named columns that is not empty is noted in
// `past_named` (the last one's position + 1), to tell a trailing separator from a row too long.
template <char Separator>
std::size_t split_row(char* line, const std::vector<int>& roles, std::size_t named, RowStore::Cells& cells,
                      std::size_t& past_named) {
  std::size_t fields = 0;
  past_named = 0;
  while (line != nullptr) {
    char* begin = nullptr;
    char* end = nullptr;
    io::detail::chop_next_column<Quotes<Separator>>(line, begin, end);
    io::trim_chars<' ', '\t'>::trim(begin, end);
    if (fields < roles.size() && roles[fields] != -1) {
      Quotes<Separator>::unescape(begin, end);
      cells[static_cast<std::size_t>(roles[fields])] = begin;
    } else if (fields >= named) {
      Quotes<Separator>::unescape(begin, end);
      if (begin != end) past_named = fields + 1;
    }
    ++fields;
  }
  return fields;
}

template <char Separator>
void read_rows_separated_by(RowSource& source, const LoadOptions& options, Table& table, LoadReport& report) {
  io::LineReader reader(source.name, with_huge_page_buffer(std::move(source.bytes)));
  const std::vector<int> roles = roles_by_column(source.layout);
  // A header's trailing empty columns (a separator at the end of every line) are no columns: rows may lack them.
  const std::size_t named = named_width(source.layout.names);
  RowStore store(source.name, source.layout.roles, options, options.missing.value_or(MissingCounts::error), table,
                 report);
  const LineMap& lines = *source.lines;
  LineFates& fates = report.files.back().lines;
  bool header_passed = !source.header;  // the lines before it are replayed empty: the header search counted them
  for (std::uint32_t records = 1;; ++records) {
    if (options.progress != nullptr && records % kRecordsPerProgress == 0 && source.bytes_read)
      options.progress->update(source.name, source.bytes_read->load(std::memory_order_relaxed), table.rows());
    char* line = nullptr;
    try {
      line = reader.next_line();
    } catch (const io::error::line_length_limit_exceeded&) {
      throw Error(source.name, lines.physical(reader.get_file_line()),
                  lines.joined() ? "the record is longer than 16 MiB: is a quoted field not closed?"
                                 : "the line is longer than 16 MiB");
    }
    if (line == nullptr) break;
    if (io::empty_line_comment::is_comment(line)) {
      if (header_passed) ++fates.blank;
      continue;
    }
    if (!header_passed) {
      header_passed = true;
      continue;
    }
    const std::uint64_t physical = lines.physical(reader.get_file_line());
    RowStore::Cells cells{};
    std::size_t fields = 0;
    std::size_t past_named = 0;
    try {
      fields = split_row<Separator>(line, roles, named, cells, past_named);
    } catch (const io::error::escaped_string_not_closed&) {
      // With line breaks inside quotes joined, only the end of the input can leave a quote open.
      store.fail_row(physical, "a quoted field is not closed before the end of the input");
      continue;
    }
    if (fields < named || past_named > named) {
      store.fail_row(physical, ragged_row(fields, named, source.header));
      continue;
    }
    store.add(cells, physical, source.layout.roles);
  }
  store.finish();
  fates.joined += lines.joins();
}

}  // namespace

void read_rows(RowSource source, const LoadOptions& options, Table& table, LoadReport& report) {
  switch (source.delimiter) {
    case ',': return read_rows_separated_by<','>(source, options, table, report);
    case ';': return read_rows_separated_by<';'>(source, options, table, report);
    case '\t': return read_rows_separated_by<'\t'>(source, options, table, report);
    case '|': return read_rows_separated_by<'|'>(source, options, table, report);
    default: throw Error(fmt::format("unsupported delimiter '{}'", source.delimiter), ErrorKind::usage);
  }
}

}  // namespace coopstat::input
