#include "coopstat/loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "coopstat/error.hpp"
#include "input/assumptions.hpp"
#include "input/byte_source.hpp"
#include "input/columns.hpp"
#include "input/dialect.hpp"
#include "input/encoding.hpp"
#include "input/header_search.hpp"
#include "input/leading_lines.hpp"
#include "input/line_ends.hpp"
#include "input/open_content.hpp"
#include "input/parallel_load.hpp"
#include "input/quoted_lines.hpp"
#include "input/record_keys.hpp"
#include "input/row_reader.hpp"
#include "input/workbook.hpp"
#include "source_name.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

// Rows after the header, every one left out, are no empty result to report as a success. The message names the
// first bad row: the list of skipped rows is not printed when loading fails.
void refuse_no_rows_left(std::size_t rows_loaded, const FileReport& file, const LoadReport& report) {
  const LineFates& lines = file.lines;
  if (rows_loaded > 0 || lines.left_out() == 0) return;
  std::vector<std::string> why;
  const auto first_bad = std::find_if(report.problems.begin(), report.problems.end(),
                                      [&file](const Error& problem) { return problem.file() == file.name; });
  if (lines.skipped > 0)
    why.push_back(fmt::format("{} skipped{}", plural(lines.skipped, "bad row"),
                              first_bad == report.problems.end()
                                  ? ""
                                  : fmt::format(", the first on line {} ({})", first_bad->line(), first_bad->what())));
  if (lines.missing > 0) why.push_back(fmt::format("{} without a count", lines.missing));
  throw Error(file.name, 0,
              fmt::format("no rows left: every row{} was left out: {}", file.no_header ? "" : " after the header",
                          fmt::join(why, "; ")));
}

// The default sheet of a workbook with several, which the user is told of.
Assumption first_sheet(const input::SheetChoice& sheet) {
  return {
      fmt::format("read the first of {} sheets, \"{}\" (the others: \"{}\"); --sheet NAME|N reads another",
                  sheet.sheets.size(), sheet.name, fmt::join(sheet.sheets.begin() + 1, sheet.sheets.end(), "\", \"")),
      std::nullopt};
}

// A header not found on a workbook's default sheet names the others: a workbook often opens with a sheet of notes.
Error with_other_sheets(const Error& problem, const input::SheetChoice& sheet) {
  return Error(problem.file(), problem.line(),
               fmt::format("{} (sheet \"{}\" is the first of {}; --sheet NAME|N reads another)", problem.what(),
                           sheet.name, sheet.sheets.size()),
               problem.kind());
}

// What `file` says of where its text came from (the archive, member and sheet; the encoding and the number form),
// and what was assumed on the way: the member read, the encoding a byte order mark chose, the default sheet.
void describe_origin(FileReport& file, const input::OpenedInput& opened, const input::Utf8Source& text,
                     const LoadOptions& options) {
  file.container = opened.container;
  file.member = opened.member;
  file.encoding = text.encoding;
  file.encoding_source = text.chosen_by;
  file.numbers = options.numbers;
  if (auto guess = input::encoding_assumption(text)) file.assumptions.push_back(std::move(*guess));
  if (!opened.note.empty()) file.assumptions.insert(file.assumptions.begin(), Assumption{opened.note, std::nullopt});
  if (!opened.sheet) return;
  file.sheet = opened.sheet->name;
  if (!options.sheet && opened.sheet->sheets.size() > 1) file.assumptions.push_back(first_sheet(*opened.sheet));
  if (options.encoding)
    file.assumptions.push_back(
        {fmt::format("--encoding {} is not used for a workbook, whose cells are Unicode", *options.encoding),
         std::nullopt});
}

// `path` is the file's path, empty for standard input or a stream; `member` the archive member it names.
void load_source(std::unique_ptr<io::ByteSourceBase> raw, const std::string& raw_name, const std::string& raw_path,
                 const std::optional<std::string>& member, const LoadOptions& file_options, Table& table,
                 LoadReport& report) {
  std::shared_ptr<std::atomic<std::uint64_t>> bytes_read;
  if (file_options.progress != nullptr) {
    bytes_read = std::make_shared<std::atomic<std::uint64_t>>(0);
    raw = std::make_unique<input::CountingSource>(std::move(raw), bytes_read);
  }
  input::OpenedInput opened = input::open_content(std::move(raw), raw_name, raw_path, member, file_options.sheet);
  const std::string& name = opened.name;
  // A workbook's sheet is comma-separated text, in UTF-8 whatever --encoding says (its cells are Unicode).
  LoadOptions options = file_options;
  if (opened.sheet) options.delimiter = ',';
  const bool default_sheet = opened.sheet && !file_options.sheet && opened.sheet->sheets.size() > 1;
  input::Utf8Source text =
      input::as_utf8(std::move(opened.bytes), opened.sheet ? std::nullopt : options.encoding, name);
  // Only a file's own UTF-8 bytes can be split between threads by offset.
  const std::string path = opened.container.empty() && !opened.sheet && !text.converted ? raw_path : "";
  std::unique_ptr<io::ByteSourceBase> bytes = input::with_line_feeds(std::move(text.bytes));
  input::LeadingLines leading(*bytes, name);
  const auto start_report = [&](const input::Header& header) {
    table.sources.push_back({name, table.rows()});
    report.files.push_back(input::describe(header, name));
    report.files.back().delimiter_detected = !options.delimiter;
  };
  auto found = input::search_header(leading, options, name);
  if (auto* missing = std::get_if<input::HeaderNotFound>(&found)) {
    if (options.describe_failures) {
      start_report(missing->first);
      report.files.back().header_lines_tried = std::move(missing->tried);
    }
    if (default_sheet) throw with_other_sheets(missing->problem, *opened.sheet);
    throw missing->problem;
  }
  input::Header header = std::get<input::Header>(std::move(found));
  const bool header_row = !header.layout.positional;
  std::vector<std::size_t> key_positions;
  if (options.record_keys)
    key_positions = input::key_column_positions(header.layout, *options.record_keys, name, header.line);

  start_report(header);
  report.files.back().assumptions = input::assumptions_of(header, leading, options);
  describe_origin(report.files.back(), opened, text, file_options);
  LineFates& fates = report.files.back().lines;
  // Without a header, every line is read by the row reader, which counts the blank ones and the joined ones.
  if (header_row) {
    fates.header = 1;
    fates.joined = header.record.last - header.record.number;
    fates.blank = leading.blank_lines_before(header.line);
    fates.preamble = header.line - 1 - fates.blank;
  }
  // On several threads: a big regular file at offsets, any other input as its bytes arrive.
  const auto file_rows =
      options.record_keys ? std::nullopt : input::rows_to_split(path, name, leading, header, options);
  const auto stream_rows =
      options.record_keys || file_rows ? std::nullopt : input::rows_for_threads(name, leading, header, options);
  if (stream_rows) {
    input::read_stream_in_parallel(*stream_rows, leading, *bytes, options, table, report, bytes_read);
  } else if (!file_rows || !input::read_rows_in_parallel(*file_rows, options, table, report, bytes_read)) {
    // The header's line breaks are replayed as spaces: the CSV reader's lines after it are that many short. Without
    // a header, the lines read are replayed as they came.
    auto lines = std::make_shared<input::LineMap>(header_row ? header.record.last - header.record.number : 0);
    auto replayed = std::make_unique<input::PrefixedSource>(
        header_row ? std::move(leading).replay_from(header.record) : std::string(leading.bytes()), std::move(bytes));
    const bool wide = header.layout.wide();
    std::unique_ptr<io::ByteSourceBase> records = input::prepare_records(std::move(replayed), name, lines);
    auto keys = std::make_shared<input::RecordKeyLog>();
    if (options.record_keys)
      records = input::logging_record_keys(std::move(records), header.delimiter, header.layout.names,
                                           std::move(key_positions), header.line, lines, keys);
    input::RowSource source{name,  std::move(records), header.delimiter, std::move(header.layout),
                            lines, bytes_read,         header_row};
    if (wide)
      input::read_wide_rows(std::move(source), options, table, report);
    else
      input::read_rows(std::move(source), options, table, report);
    report.files.back().record_keys = keys->take();
  }
  refuse_no_rows_left(table.rows() - table.sources.back().first_row, report.files.back(), report);
}

// The lines of each input's rows in `table`. A long input has a row a line, so only a wide one's lines (whose
// cells share their line) are counted row by row.
std::vector<std::uint64_t> lines_per_input(const Table& table, const LoadReport& report) {
  std::vector<std::uint64_t> lines(table.sources.size());
  for (std::size_t source = 0; source < table.sources.size(); ++source) {
    const auto [begin, end] = table.rows_of_source(source);
    if (report.files[source].shape != Shape::wide) {
      lines[source] = end - begin;
      continue;
    }
    for (std::size_t row = begin; row < end; ++row)
      if (row == begin || table.line[row] != table.line[row - 1]) ++lines[source];
  }
  return lines;
}

// Moves the lines whose rows `leave_out` left out of `table` from each input's kept lines to `fate`.
template <class LeaveOut>
void account_left_out(Table& table, LoadReport& report, std::uint64_t LineFates::*fate, LeaveOut leave_out) {
  const std::size_t rows_before = table.rows();
  const std::vector<std::uint64_t> before = lines_per_input(table, report);
  leave_out();
  if (table.rows() == rows_before) return;
  const std::vector<std::uint64_t> after = lines_per_input(table, report);
  for (std::size_t input = 0; input < after.size(); ++input) {
    report.files[input].lines.kept -= before[input] - after[input];
    report.files[input].lines.*fate += before[input] - after[input];
  }
}

// What follows the rows of every input: names resolved against the country table, then pairs.
void finish(Table& table, const LoadOptions& options, LoadReport& report) {
  // Counted from the table, so that an input `check` went on past after it failed midway counts the rows it left.
  for (std::size_t source = 0; source < table.sources.size(); ++source) {
    const auto [begin, end] = table.rows_of_source(source);
    report.files[source].rows.loaded = end - begin;
  }
  account_left_out(table, report, &LineFates::aggregate,
                   [&] { report.names = resolve_partner_names(table, options.names); });
  account_left_out(table, report, &LineFates::mirror, [&] { report.pairs = build_pairs(table, options.pairs); });
}

}  // namespace

Table load_csv(const std::vector<std::string>& paths, const LoadOptions& options, LoadReport& report) {
  if (std::count(paths.begin(), paths.end(), kStandardStream) > 1)
    throw usage_error("standard input (\"-\") can be read only once");
  input::column_positions(options);  // what --no-header cannot do is refused before any file is opened
  Table table;
  for (const std::string& path : paths) {
    const std::size_t files_before = report.files.size();
    try {
      const InputPath input = split_member_path(path);
      load_source(input::open_source(input.file), source_name(input.file),
                  is_standard_stream(input.file) ? "" : input.file, input.member, options, table, report);
    } catch (const Error& error) {
      if (!options.skip_bad_files || error.kind() == ErrorKind::usage) throw;
      report.add(error);
      // An input that fails before its header search (no such file, not text) has no report to add to.
      if (options.describe_failures && report.files.size() > files_before) report.files.back().failure = error;
    }
  }
  finish(table, options, report);
  return table;
}

Table load_csv(std::istream& input, const std::string& name, const LoadOptions& options, LoadReport& report) {
  input::column_positions(options);
  Table table;
  load_source(input::stream_source(input), name, "", std::nullopt, options, table, report);
  finish(table, options, report);
  return table;
}

}  // namespace coopstat
