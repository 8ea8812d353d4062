// columns — how coopstat read each input: its shape, separator and header line, and what every column became.
//
// Answers: why did coopstat read my file this way? Which column is the partner, and found by which name or flag;
// is the table long or wide; which columns were ignored; what did coopstat assume (no count column: each row
// counts as 1; a country column as the reporter; dates as years; a wide table; the separator; the encoding)?
//
//   coopstat columns data.csv
//   coopstat columns wdi.csv --format json
//
// One row per header column, then one per guess about the whole input, with the file's shape, separator, encoding,
// number form, header line and rows loaded repeated on each row so that every format holds everything.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>

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

// "cp1252 (--encoding)", "UTF-16LE (byte order mark)", "UTF-8 (default)"
std::string encoding_of(const FileReport& file) {
  return fmt::format("{} ({})", file.encoding, encoding_source_name(file.encoding_source));
}

// "wide, comma-separated (detected), UTF-8 (default), numbers like 1234.5, header on line 5, 7 rows, 5 missing values,
// 3 of 9 columns ignored"
std::string file_summary(const FileReport& file) {
  const auto ignored = std::count_if(file.columns.begin(), file.columns.end(),
                                     [](const ColumnUse& use) { return !use.role.has_value(); });
  std::string text =
      fmt::format("{}: {}, {}-separated{}, {} ({}), numbers like {}, header on line {}, {}", file.name, shape_of(file),
                  delimiter_name(file.delimiter), file.delimiter_detected ? " (detected)" : "", file.encoding,
                  encoding_source_name(file.encoding_source), number_form_example(file.numbers), file.header_line,
                  plural(file.rows.loaded, "row"));
  if (file.rows.missing > 0) text += fmt::format(", {} left out", plural(file.rows.missing, "missing value"));
  return text + fmt::format(", {} of {} columns ignored", ignored, file.columns.size());
}

class ColumnsCommand final : public Command {
 public:
  void configure(CLI::App&) override {}

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    std::vector<std::string> names;
    for (const FileReport& file : input.report.files) names.push_back(file.name);
    ResultTable result{fmt::format("Columns of {}", fmt::join(names, ", ")),
                       {{"file"},
                        {"shape"},
                        {"delimiter"},
                        {"encoding"},
                        {"numbers"},
                        {"header_line", ColumnKind::line},
                        {"rows", ColumnKind::integer},
                        {"position", ColumnKind::integer},
                        {"column"},
                        {"role"},
                        {"how"}}};
    std::vector<std::string> summaries;
    for (const FileReport& file : input.report.files) {
      summaries.push_back(file_summary(file));
      const auto add_row = [&](Cell position, std::string column, Cell role, std::string how) {
        result.rows.push_back({file.name, std::string(shape_of(file)), std::string(delimiter_name(file.delimiter)),
                               encoding_of(file), number_form_example(file.numbers), std::int64_t{file.header_line},
                               static_cast<std::int64_t>(file.rows.loaded), std::move(position), std::move(column),
                               std::move(role), std::move(how)});
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
    }
    result.note = fmt::format("{}", fmt::join(summaries, "; "));
    return {result};
  }
};

}  // namespace

std::unique_ptr<Command> make_columns_command() { return std::make_unique<ColumnsCommand>(); }

}  // namespace coopstat
