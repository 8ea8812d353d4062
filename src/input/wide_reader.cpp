// The wide table's row loop: a row per partner, a column per year. csv.h needs its column count at compile time,
// so lines are split here, by the same splitter as the header.

#include "coopstat/error.hpp"
#include "input/dialect.hpp"
#include "input/row_reader.hpp"
#include "input/row_store.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// The columns of each year-named column as RowStore sees them: that column is the year (its name) and the count.
std::vector<ColumnChoices> per_year_columns(const Layout& layout) {
  std::vector<ColumnChoices> per_year;
  for (const std::size_t column : layout.year_columns) {
    ColumnChoices choices = layout.roles;
    for (const Role role : {Role::year, Role::count})
      choices[static_cast<std::size_t>(role)] = {column, layout.names[column], {}};
    per_year.push_back(std::move(choices));
  }
  return per_year;
}

}  // namespace

void read_wide_rows(RowSource source, const LoadOptions& options, Table& table, LoadReport& report) {
  const Layout& layout = source.layout;
  const std::vector<ColumnChoices> per_year = per_year_columns(layout);
  ColumnChoices with_count = layout.roles;
  with_count[static_cast<std::size_t>(Role::count)] = per_year.front()[static_cast<std::size_t>(Role::count)];
  RowStore store(source.name, with_count, options, options.missing.value_or(MissingCounts::skip), table, report);

  io::LineReader reader(source.name, std::move(source.bytes));
  const LineMap& lines = *source.lines;
  const std::size_t width = named_width(layout.names);
  std::vector<std::string> fields;
  std::string year_name;
  bool header_passed = false;
  while (true) {
    char* text = nullptr;
    try {
      text = reader.next_line();
    } catch (const io::error::line_length_limit_exceeded&) {
      throw Error(source.name, lines.physical(reader.get_file_line()), "the line is longer than 16 MiB");
    }
    if (text == nullptr) break;
    if (trim_blanks(text).empty()) {
      if (header_passed) ++report.files.back().lines.blank;  // those before the header are the header search's
      continue;
    }
    if (!header_passed) {
      header_passed = true;
      continue;
    }
    const std::uint64_t line = lines.physical(reader.get_file_line());
    if (!split_fields(text, source.delimiter, fields)) {
      store.fail_row(line, "a quoted field is not closed before the end of the input");
      continue;
    }
    // Empty fields past the named columns are the trailing empty column.
    while (fields.size() > width && fields.back().empty()) fields.pop_back();
    if (fields.size() != width) {
      store.fail_row(line, ragged_row(fields.size(), width));
      continue;
    }
    RowStore::Cells cells{};
    for (std::size_t role = 0; role < kRoleCount; ++role)
      if (const auto& index = layout.roles[role].index) cells[role] = fields[*index].data();
    for (std::size_t i = 0; i < layout.year_columns.size(); ++i) {
      const std::size_t column = layout.year_columns[i];
      year_name = layout.names[column];
      cells[static_cast<std::size_t>(Role::year)] = year_name.data();
      cells[static_cast<std::size_t>(Role::count)] = fields[column].data();
      store.add(cells, line, per_year[i]);
    }
  }
  store.finish();
  report.files.back().lines.joined += lines.joins();
}

}  // namespace coopstat::input
