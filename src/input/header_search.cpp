#include "input/header_search.hpp"

#include <fmt/format.h>

#include <vector>

#include "coopstat/error.hpp"
#include "input/dialect.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// The line as a header, joined to the lines after it while a quoted name in it is open; throws Error when its names
// do not give the roles, having gone back to just after its first line.
Header header_of(LeadingLines& lines, LeadingLine line, const LoadOptions& options, const std::string& name) {
  Header header;
  header.line = line.number;
  header.delimiter = options.delimiter.value_or(detect_delimiter(line.text));
  std::vector<std::string> names;
  while (!split_fields(line.text, header.delimiter, names)) {
    if (line.last - line.number + 1 >= kHeaderSearchLines || !lines.join_next(line)) {
      lines.rewind(line.number);
      throw Error(name, line.number, "a quoted name in the header is not closed");
    }
  }
  try {
    header.layout = resolve_columns(std::move(names), options, name, line.number);
  } catch (const Error&) {
    lines.rewind(line.number);
    throw;
  }
  header.record = std::move(line);
  return header;
}

}  // namespace

FileReport describe(const Header& header, const std::string& name) {
  const Layout& layout = header.layout;
  FileReport report;
  report.name = name;
  report.shape = layout.wide() ? Shape::wide : Shape::long_rows;
  report.delimiter = header.delimiter;
  report.header_line = header.line;
  // Names are shown in tables and CSV: bytes of another encoding as \xNN.
  for (const std::string& column : layout.names)
    report.columns.push_back({escape_invalid_utf8(column), std::nullopt, "ignored"});
  for (const RoleInfo& info : roles()) {
    const ColumnChoice& choice = layout[info.role];
    if (!choice.index) continue;
    ColumnUse& use = report.columns[*choice.index];
    use.role = info.role;
    use.how = choice.alias.empty() ? std::string(info.flag) : fmt::format("recognised name \"{}\"", choice.alias);
  }
  for (const std::size_t column : layout.year_columns)
    report.columns[column] = {escape_invalid_utf8(layout.names[column]), Role::year,
                              "named by a year (wide table): its cells are counts"};
  // A trailing empty column is the separator at the end of every line, not a column anyone meant.
  for (auto use = report.columns.rbegin(); use != report.columns.rend() && use->name.empty(); ++use)
    use->how = "ignored: empty name at the end of the header";
  return report;
}

Header find_header(LeadingLines& lines, const LoadOptions& options, const std::string& name) {
  const auto named = [&options](Role role) { return !options.columns[static_cast<std::size_t>(role)].empty(); };
  if (options.shape == Shape::wide && (named(Role::year) || named(Role::count)))
    throw usage_error(
        "--shape wide: the years and counts are in the columns named by years; leave out --year-col "
        "and --count-col");
  if (options.skip_lines) {
    for (std::size_t skipped = 0; skipped < *options.skip_lines; ++skipped)
      if (!lines.next()) break;
    const auto line = lines.next_non_blank();
    if (!line)
      throw Error(name, 0, fmt::format("no header line after the {} lines --skip passes over", *options.skip_lines));
    return header_of(lines, *line, options, name);
  }

  std::optional<Error> first_problem;
  std::vector<std::uint64_t> tried;
  while (tried.size() < kHeaderSearchLines) {
    const auto line = lines.next_non_blank();
    if (!line) break;
    tried.push_back(line->number);
    try {
      return header_of(lines, *line, options, name);
    } catch (const Error& problem) {
      // A line that lacks a column a flag names may be a preamble line: the search goes on, and the problem
      // reported at the end keeps its kind (a flag naming no column is a usage error).
      if (!first_problem) first_problem = problem;
    }
  }
  if (!first_problem) throw Error(name, 0, "the input is empty: expected a header line naming the columns");
  if (tried.size() == 1) throw *first_problem;
  throw Error(first_problem->file(), first_problem->line(),
              fmt::format("{} (lines {} were tried as the header; --skip N passes over lines before it)",
                          first_problem->what(), number_runs(tried)),
              first_problem->kind());
}

}  // namespace coopstat::input
