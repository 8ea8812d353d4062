#include "input/header_search.hpp"

#include <fmt/format.h>

#include <limits>
#include <vector>

#include "coopstat/error.hpp"
#include "input/dialect.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// Joins the lines after `line` to it while a quoted field in it is open, at most until it holds `most_lines` lines, and
// splits it into `fields`: false when the quote is still open then, or at the end of the input.
bool fields_of(LeadingLines& lines, LeadingLine& line, char delimiter, std::uint32_t most_lines,
               std::vector<std::string>& fields) {
  while (!split_fields(line.text, delimiter, fields))
    if (line.last - line.number + 1 >= most_lines || !lines.join_next(line)) return false;
  return true;
}

// The line as a header, joined to the lines after it while a quoted name in it is open, and the problem that keeps it
// from being the header, if any (having gone back to just after its first line).
std::pair<Header, std::optional<Error>> header_of(LeadingLines& lines, LeadingLine line, const LoadOptions& options,
                                                  const std::string& name) {
  Header header;
  header.line = line.number;
  header.delimiter = options.delimiter.value_or(detect_delimiter(line.text));
  std::vector<std::string> names;
  std::optional<Error> problem;
  if (!fields_of(lines, line, header.delimiter, kHeaderSearchLines, names))
    problem = Error(name, line.number, "a quoted name in the header is not closed");
  if (!problem) {
    ResolvedColumns resolved = resolve_columns_partly(std::move(names), options, name, line.number);
    header.layout = std::move(resolved.layout);
    problem = std::move(resolved.problem);
  }
  if (problem) lines.rewind(line.number);
  header.record = std::move(line);
  return {std::move(header), std::move(problem)};
}

// A file without a header: its first row, read again as a row once its fields are counted, gives the columns.
std::variant<Header, HeaderNotFound> positional_header(LeadingLines& lines, const LoadOptions& options,
                                                       const std::string& name) {
  auto line = lines.next_non_blank();
  if (!line) return HeaderNotFound{{}, {}, Error(name, 0, "the input is empty: expected rows (--no-header)")};
  Header header;
  header.delimiter = options.delimiter.value_or(detect_delimiter(line->text));
  std::vector<std::string> fields;
  // A row's quoted field (a note) may span any number of lines, as the row reader reads it.
  std::optional<Error> problem;
  if (!fields_of(lines, *line, header.delimiter, std::numeric_limits<std::uint32_t>::max(), fields))
    problem = Error(name, line->number, "a quoted field in the first row is not closed before the end of the input");
  ResolvedColumns resolved = positional_columns(fields.size(), options, name, line->number);
  header.layout = std::move(resolved.layout);
  if (!problem) problem = std::move(resolved.problem);
  lines.rewind(line->number - 1);
  header.record = std::move(*line);
  if (problem) return HeaderNotFound{std::move(header), {}, std::move(*problem)};
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
  report.no_header = layout.positional;
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

std::variant<Header, HeaderNotFound> search_header(LeadingLines& lines, const LoadOptions& options,
                                                   const std::string& name) {
  if (options.no_header) return positional_header(lines, options, name);
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
      return HeaderNotFound{
          {},
          {},
          Error(name, 0, fmt::format("no header line after the {} lines --skip passes over", *options.skip_lines))};
    auto [header, problem] = header_of(lines, *line, options, name);
    if (problem) return HeaderNotFound{std::move(header), {line->number}, std::move(*problem)};
    return std::move(header);
  }

  std::optional<HeaderNotFound> first;
  std::vector<std::uint64_t> tried;
  while (tried.size() < kHeaderSearchLines) {
    const auto line = lines.next_non_blank();
    if (!line) break;
    tried.push_back(line->number);
    auto [header, problem] = header_of(lines, *line, options, name);
    if (!problem) return std::move(header);
    // A line that lacks a column a flag names may be a preamble line: the search goes on, and the problem
    // reported at the end keeps its kind (a flag naming no column is a usage error).
    if (!first) first = HeaderNotFound{std::move(header), {}, std::move(*problem)};
  }
  if (!first)
    return HeaderNotFound{{}, {}, Error(name, 0, "the input is empty: expected a header line naming the columns")};
  first->tried = tried;
  if (tried.size() > 1) {
    const Error& problem = first->problem;
    first->problem = Error(problem.file(), problem.line(),
                           fmt::format("{} (lines {} were tried as the header; --skip N passes over lines before it)",
                                       problem.what(), number_runs(tried)),
                           problem.kind());
  }
  return std::move(*first);
}

Header find_header(LeadingLines& lines, const LoadOptions& options, const std::string& name) {
  auto found = search_header(lines, options, name);
  if (auto* missing = std::get_if<HeaderNotFound>(&found)) throw missing->problem;
  return std::get<Header>(std::move(found));
}

}  // namespace coopstat::input
