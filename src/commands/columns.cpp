// columns — how coopstat read each input: its shape, separator and header line, and what every column became.
//
// Answers: why did coopstat read my file this way? Which column is the partner, and found by which name or flag;
// is the table long or wide; which columns were ignored; what did coopstat assume (no count column: each row
// counts as 1; a country column as the reporter; dates as years; a wide table; the separator; the encoding; which
// archive member)?
//
//   coopstat columns data.csv
//   coopstat columns wdi.csv --format json
//
// One row per header column, then one per guess about the whole input, with the file's shape, separator, encoding,
// number form, header line and rows loaded repeated on each row so that every format holds everything. An input that
// cannot be read is shown as far as it was read (the first line tried as its header, or its rows up to a bad one), with
// a row per required role no column plays, and the error on standard error: this is the command a user runs when
// loading fails.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>

#include "commands/command.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

// long, wide, or bilateral: a long table with a reporter column beside the partner.
std::string_view shape_of(const FileReport& file) {
  const bool bilateral = std::any_of(file.columns.begin(), file.columns.end(),
                                     [](const ColumnUse& use) { return use.role == Role::reporter; });
  return bilateral ? "bilateral" : shape_name(file.shape);
}

// What `columns` says about a whole input: a column of the table, repeated on each of the input's rows, and its part
// of the line under the table (empty: nothing to say). A setting that loading reports (an encoding, a decimal mark,
// an archive's member) is one more entry.
struct FileFact {
  Column column;
  Cell (*cell)(const FileReport&);
  std::string (*prose)(const FileReport&);
};

// Whether the input's header was found, or it has none: otherwise its columns are those of the first line tried.
bool header_known(const FileReport& file) { return file.header_lines_tried.empty() && !file.columns.empty(); }

// "cp1252 (--encoding)", "UTF-16LE (byte order mark)", "UTF-8 (default)"
std::string encoding_of(const FileReport& file) {
  return fmt::format("{} ({})", file.encoding, encoding_source_name(file.encoding_source));
}

const std::array<FileFact, 6> kFileFacts{{
    {{"shape"},
     [](const FileReport& file) { return header_known(file) ? Cell{std::string(shape_of(file))} : Cell{}; },
     [](const FileReport& file) { return header_known(file) ? std::string(shape_of(file)) : std::string(); }},
    {{"delimiter"},
     [](const FileReport& file) {
       return file.columns.empty() ? Cell{} : Cell{std::string(delimiter_name(file.delimiter))};
     },
     [](const FileReport& file) {
       if (file.columns.empty()) return std::string();
       if (file.sheet) return fmt::format("sheet \"{}\"", *file.sheet);  // a workbook's cells need no separator
       return fmt::format("{}-separated{}", delimiter_name(file.delimiter),
                          file.delimiter_detected ? " (detected)" : "");
     }},
    {{"encoding"},
     [](const FileReport& file) { return Cell{encoding_of(file)}; },
     [](const FileReport& file) { return encoding_of(file); }},
    {{"numbers"},
     [](const FileReport& file) { return Cell{number_form_example(file.numbers)}; },
     [](const FileReport& file) { return fmt::format("numbers like {}", number_form_example(file.numbers)); }},
    {{"header_line", ColumnKind::line},
     [](const FileReport& file) {
       return header_known(file) && !file.no_header ? Cell{std::int64_t{file.header_line}} : Cell{};
     },
     [](const FileReport& file) {
       if (file.no_header) return std::string("no header (--no-header): columns by position");
       if (file.columns.empty()) return std::string("no header found");
       if (!header_known(file))
         return fmt::format("no header found: lines {} were tried, the columns shown are line {}'s",
                            number_runs(file.header_lines_tried), file.header_line);
       return fmt::format("header on line {}", file.header_line);
     }},
    {{"rows", ColumnKind::integer},
     [](const FileReport& file) { return Cell{static_cast<std::int64_t>(file.rows.loaded)}; },
     [](const FileReport& file) {
       std::string text = plural(file.rows.loaded, "row");
       if (file.rows.missing > 0) text += fmt::format(", {} left out", plural(file.rows.missing, "missing value"));
       return text;
     }},
}};

// "wb.zip:API.csv (unpacked from zip): wide, comma-separated (detected), UTF-8 (default), numbers like 1234.5,
// header on line 5, 7 rows, 5 missing values left out, 3 of 9 columns ignored", and where reading stopped when it did;
// a workbook's sheet instead of the separator: "long, sheet "Data", header on line 3, …".
std::string file_summary(const FileReport& file) {
  std::vector<std::string> parts;
  for (const FileFact& fact : kFileFacts)
    if (std::string text = fact.prose(file); !text.empty()) parts.push_back(std::move(text));
  const auto ignored = std::count_if(file.columns.begin(), file.columns.end(),
                                     [](const ColumnUse& use) { return !use.role.has_value(); });
  if (!file.columns.empty()) parts.push_back(fmt::format("{} of {} columns ignored", ignored, file.columns.size()));
  if (file.failure && header_known(file) && file.failure->line() > 0)
    parts.push_back(fmt::format("stopped on line {}", file.failure->line()));
  const std::string unpacked = file.container.empty() ? "" : fmt::format(" (unpacked from {})", file.container);
  return fmt::format("{}{}: {}", file.name, unpacked, fmt::join(parts, ", "));
}

// Why no column of `file` plays the required role `info`, and the flag that names its column; empty when one does.
std::string why_missing(const FileReport& file, const RoleInfo& info) {
  if (!info.required || std::any_of(file.columns.begin(), file.columns.end(),
                                    [&info](const ColumnUse& use) { return use.role == info.role; }))
    return "";
  if (file.no_header) return fmt::format("missing: give its position with {}", info.flag);
  return fmt::format("missing: no column has a name it is recognised by ({}); name it with {}",
                     fmt::join(info.aliases, ", "), info.flag);
}

class ColumnsCommand final : public Command {
 public:
  void configure(CLI::App&) override {}

  // An input that cannot be read all through is still explained, as far as it was read.
  void prepare(LoadOptions& options) const override { options.skip_bad_files = options.describe_failures = true; }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    std::vector<std::string> names;
    for (const FileReport& file : input.report.files) names.push_back(file.name);
    std::vector<Column> columns{{"file"}};
    for (const FileFact& fact : kFileFacts) columns.push_back(fact.column);
    for (Column column : {Column{"position", ColumnKind::integer}, Column{"column"}, Column{"role"}, Column{"how"}})
      columns.push_back(std::move(column));
    ResultTable result{fmt::format("Columns of {}", fmt::join(names, ", ")), std::move(columns)};
    std::vector<std::string> summaries;
    std::vector<std::string> problems;
    for (const FileReport& file : input.report.files) {
      summaries.push_back(file_summary(file));
      const auto add_row = [&](Cell position, std::string column, Cell role, std::string how) {
        std::vector<Cell> row{file.name};
        for (const FileFact& fact : kFileFacts) row.push_back(fact.cell(file));
        for (Cell cell : {std::move(position), Cell{std::move(column)}, std::move(role), Cell{std::move(how)}})
          row.push_back(std::move(cell));
        result.rows.push_back(std::move(row));
      };
      for (std::size_t position = 0; position < file.columns.size(); ++position) {
        const ColumnUse& use = file.columns[position];
        std::string how = use.how;
        for (const Assumption& guess : file.assumptions)
          if (guess.column == position) how += "; assumed: " + guess.message;
        add_row(static_cast<std::int64_t>(position + 1), use.name,
                use.role ? Cell{std::string(role_info(*use.role).name)} : Cell{}, std::move(how));
      }
      // Guesses about no one column (no count column, a wide shape) get a row of their own.
      for (const Assumption& guess : file.assumptions)
        if (!guess.column) add_row(Cell{}, "", Cell{}, "assumed: " + guess.message);
      // Then what kept the input from being read: the roles no column plays, and the problem (on standard error).
      for (const RoleInfo& info : roles())
        if (std::string why = why_missing(file, info); !why.empty())
          add_row(Cell{}, "", Cell{std::string(info.name)}, std::move(why));
      if (file.failure) problems.push_back(file.failure->located_message());
    }
    result.note = fmt::format("{}", fmt::join(summaries, "; "));
    CommandOutput output{result};
    output.failed = !problems.empty();
    output.messages = std::move(problems);
    return output;
  }
};

}  // namespace

std::unique_ptr<Command> make_columns_command() { return std::make_unique<ColumnsCommand>(); }

}  // namespace coopstat
