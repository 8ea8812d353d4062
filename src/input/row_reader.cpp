#include "input/row_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <limits>

#include "coopstat/error.hpp"
#include "input/reader_buffer.hpp"
#include "input/row_store.hpp"

namespace coopstat::input {
namespace {

template <char Separator>
using Reader = io::CSVReader<kRoleCount, io::trim_chars<' ', '\t'>, io::double_quote_escape<Separator, '"'>,
                             io::throw_on_overflow, io::empty_line_comment>;

// Often enough for a line redrawn five times a second at a million rows a second; rarely enough to cost nothing.
constexpr std::uint32_t kRecordsPerProgress = 65536;

template <char Separator>
void read_rows_separated_by(RowSource& source, const LoadOptions& options, Table& table, LoadReport& report) {
  Reader<Separator> reader(source.name, with_huge_page_buffer(std::move(source.bytes)));
  // A role without a column gets a name no header can hold (header lines end at '\n'), so csv.h skips it.
  std::array<std::string, kRoleCount> names;
  for (std::size_t role = 0; role < kRoleCount; ++role) {
    const ColumnChoice& choice = source.layout.roles[role];
    names[role] = choice.index ? choice.header : fmt::format("\n{}", role);
  }
  reader.read_header(io::ignore_extra_column | io::ignore_missing_column, names[0], names[1], names[2], names[3],
                     names[4], names[5], names[6]);

  RowStore loader(source.name, source.layout.roles, options, options.missing.value_or(MissingCounts::error), table, report);
  const LineMap& lines = *source.lines;
  RowStore::Cells cells{};
  // csv.h passes over blank lines: the logical lines between two records.
  LineFates& fates = report.files.back().lines;
  std::uint64_t last_line = reader.get_file_line();
  const auto count_blank_lines = [&] {
    fates.blank += reader.get_file_line() - last_line - 1;
    last_line = reader.get_file_line();
  };
  for (std::uint32_t records = 1;; ++records) {
    if (options.progress != nullptr && records % kRecordsPerProgress == 0 && source.bytes_read)
      options.progress->update(source.name, source.bytes_read->load(std::memory_order_relaxed), table.rows());
    try {
      const bool read = reader.read_row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
      if (!read) {
        fates.blank += reader.get_file_line() - last_line;
        break;
      }
      count_blank_lines();
    } catch (const io::error::too_few_columns&) {
      count_blank_lines();
      loader.fail_row(lines.physical(reader.get_file_line()), "the row has fewer fields than the header");
      continue;
    } catch (const io::error::too_many_columns&) {
      count_blank_lines();
      loader.fail_row(lines.physical(reader.get_file_line()), "the row has more fields than the header");
      continue;
    } catch (const io::error::escaped_string_not_closed&) {
      // With line breaks inside quotes joined, only the end of the input can leave a quote open.
      count_blank_lines();
      loader.fail_row(lines.physical(reader.get_file_line()),
                      "a quoted field is not closed before the end of the input");
      continue;
    } catch (const io::error::line_length_limit_exceeded&) {
      throw Error(source.name, lines.physical(reader.get_file_line()),
                  lines.joined() ? "the record is longer than 16 MiB: is a quoted field not closed?"
                                 : "the line is longer than 16 MiB");
    }
    loader.add(cells, lines.physical(reader.get_file_line()), source.layout.roles);
  }
  loader.finish();
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
