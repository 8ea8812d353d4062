#include "cli.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <ostream>
#include <sstream>

#include "commands/command.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/output.hpp"
#include "coopstat/totals.hpp"
#include "progress.hpp"
#include "source_name.hpp"
#include "suggest.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

constexpr std::string_view kVersion = "coopstat " COOPSTAT_VERSION;
// More threads than this is a typo, not a machine.
constexpr unsigned kMaxThreads = 1024;

// The options every command takes: input, filters, output.
struct SharedOptions {
  std::vector<std::string> files;
  LoadOptions load;
  Filters filters;
  Format format = Format::table;
  std::string output;
  ColorMode color = ColorMode::automatic;
  bool chart = false;
  bool totals = false;
};

constexpr std::array<Choice<std::optional<Shape>>, 3> kShapes{{
    {"auto", "wide when there is no year column and several columns are named by years, else long", std::nullopt},
    {"long", "a row per partner and year", Shape::long_rows},
    {"wide", "a row per partner, a column per year", Shape::wide},
}};

constexpr std::array<Choice<DateOrder>, 3> kDateOrders{{
    {"auto", "dotted dates day first, others either order", DateOrder::automatic},
    {"dmy", "day first: 09/03/2016 is 9 March", DateOrder::day_first},
    {"mdy", "month first: 09/03/2016 is 3 September", DateOrder::month_first},
}};

constexpr std::array<Choice<char>, 2> kDecimalMarks{{
    {".", "a point: 1234.5 (the default)", '.'},
    {",", "a comma: 1234,5", ','},
}};

constexpr std::array<Choice<std::optional<char>>, 5> kThousandsSeparators{{
    {"none", "no groups: 1234567 (the default)", std::nullopt},
    {",", "1,234,567", ','},
    {".", "1.234.567 (with --decimal ,)", '.'},
    {"space", "1 234 567, also with a no-break or narrow no-break space", ' '},
    {"'", "1'234'567", '\''},
}};

constexpr std::array<Choice<MissingCounts>, 2> kMissingCounts{{
    {"error", "stop with an error (the default, except in a wide table)", MissingCounts::error},
    {"skip", "leave the row out and count it (the default in a wide table)", MissingCounts::skip},
}};

constexpr std::array<Choice<PairOrder>, 2> kPairOrders{{
    {"ordered", "A reporting B is another pair than B reporting A", PairOrder::ordered},
    {"unordered", "the same pair: a mirror row is counted once", PairOrder::unordered},
}};

constexpr std::array<Choice<ColorMode>, 3> kColorModes{{
    {"auto", "on a terminal, unless NO_COLOR is set", ColorMode::automatic},
    {"always", "also into a pipe or a file", ColorMode::always},
    {"never", "plain text", ColorMode::never},
}};

std::string format_help() {
  std::string help = "output format:";
  for (const FormatInfo& info : format_catalogue()) help += fmt::format("\n  {:<10}{}", info.name, info.help);
  return help;
}

// The options of commands that read data: files, input and filters.
void add_data_options(CLI::App& app, SharedOptions& options) {
  app.add_option("FILE", options.files, "CSV files to read; - reads standard input")->required()->type_name("");

  auto* input = app.add_option_group("Input");
  for (const RoleInfo& info : roles()) {
    std::string& column = options.load.columns[static_cast<std::size_t>(info.role)];
    input
        ->add_option(std::string(info.flag), column,
                     fmt::format("the {} column: its header name, or its position (1, 2…) with --no-header", info.name))
        ->type_name("NAME");
  }
  input->add_flag("--no-header", options.load.no_header,
                  "the first line is a row, not a header: give the columns by position (--partner-col 1 …)");
  const auto delimiter = [](std::string_view text) {
    if (const std::optional<char> character = parse_delimiter(text)) return *character;
    throw usage_error(fmt::format("--delimiter \"{}\": expected comma, semicolon, tab or pipe", text));
  };
  add_parsed_option(*input, "--delimiter", options.load.delimiter, delimiter,
                    "field separator: comma, semicolon, tab, pipe (default: detected)")
      ->type_name("SEP");
  input->add_option("--sheet", options.load.sheet, "the sheet of a workbook (.xlsx, .ods) to read (default: the first)")
      ->type_name("NAME|N");
  add_parsed_option(*input, "--encoding", options.load.encoding, parse_encoding,
                    "the inputs' encoding: utf-8, utf-16, utf-16le, utf-16be, latin1, cp1252 or any iconv -l names "
                    "(default: UTF-8, or UTF-16 by its byte order mark)")
      ->type_name("NAME");
  add_choice_option(*input, "--decimal", options.load.numbers.decimal, kDecimalMarks, "decimal mark",
                    "the decimal mark of counts:")
      ->type_name("MARK");
  add_choice_option(*input, "--thousands", options.load.numbers.thousands, kThousandsSeparators, "thousands separator",
                    "the separator of groups of three digits in counts (never in years):")
      ->type_name("SEP");
  add_choice_option(*input, "--shape", options.load.shape, kShapes, "shape", "how the rows are laid out:")
      ->type_name("SHAPE");
  input
      ->add_option("--skip", options.load.skip_lines,
                   "lines before the header to pass over (default: the header is found among the first lines)")
      ->type_name("N")
      ->check(whole_number_check());
  add_choice_option(*input, "--date-format", options.load.date_order, kDateOrders, "date order",
                    "dates in the year column:")
      ->type_name("ORDER");
  input->add_flag("--skip-bad-rows", options.load.skip_bad_rows, "skip rows that cannot be read, and say which");
  add_choice_option(*input, "--missing", options.load.missing, kMissingCounts, "missing-count action",
                    "a missing count (empty, NA, .., n/a):")
      ->type_name("WHAT");
  add_choice_option(*input, "--pairs", options.load.pairs, kPairOrders, "pair order",
                    "in a bilateral table (reporter and partner columns):")
      ->type_name("ORDER");
  input->add_option("--threads", options.load.threads, "threads that read and add up the rows (0: one per core)")
      ->type_name("N")
      ->capture_default_str()
      ->check(whole_number_check())
      ->check(CLI::Range(0u, kMaxThreads).description(""));
  input->add_flag("--raw-names", options.load.names.raw,
                  "keep partner names as written: no merging of spellings of one country, no excluded aggregates");
  input->add_flag("--keep-aggregates", options.load.names.keep_aggregates,
                  "keep rows whose partner is a group of countries (World, European Union…)");

  auto* filters = app.add_option_group("Filters");
  filters->add_option("--from", options.filters.from, "first year to include")
      ->check(CLI::Range(1, 9999))
      ->type_name("YEAR");
  filters->add_option("--to", options.filters.to, "last year to include")
      ->check(CLI::Range(1, 9999))
      ->type_name("YEAR");
  filters->add_option("--partner", options.filters.partners, "only this partner (repeat for more)")
      ->allow_extra_args(false)
      ->type_name("NAME");
  filters->add_option("--field", options.filters.fields, "only this field (repeat for more)")
      ->allow_extra_args(false)
      ->type_name("NAME");
  filters->add_option("--type", options.filters.types, "only this type (repeat for more)")
      ->allow_extra_args(false)
      ->type_name("NAME");
  filters->add_option("--reporter", options.filters.reporters, "only rows this country reported (repeat for more)")
      ->allow_extra_args(false)
      ->type_name("NAME");
}

void add_output_options(CLI::App& app, const Command& command, SharedOptions& options) {
  auto* output = app.add_option_group("Output");
  add_parsed_option(*output, "--format", options.format, parse_format, format_help())
      ->default_str(std::string(format_info(options.format).name))
      ->type_name("FORMAT");
  output->add_option("-o,--output", options.output, "write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  add_choice_option(*output, "--color", options.color, kColorModes, "colour mode", "colour in table output:")
      ->type_name("WHEN");
  output->add_flag("--chart", options.chart, "with --format markdown: add a mermaid chart of the yearly series");
  if (const std::string_view help = command.totals_help(); !help.empty())
    output->add_flag("--totals", options.totals, std::string(help));
}

// Rejects a missing or unknown command before CLI11, which would only say that a command is required.
void check_command_name(int argc, const char* const* argv) {
  if (argc < 2) {
    std::vector<std::string_view> names;
    for (const CommandInfo& info : command_registry()) names.push_back(info.name);
    throw usage_error(fmt::format("no command given (commands: {}; see coopstat --help)", fmt::join(names, ", ")));
  }
  if (argv[1][0] != '-') find_named(command_registry(), argv[1], "command");
}

void report_skipped(const LoadReport& report, std::ostream& err) {
  constexpr std::size_t kListed = 5;
  const std::uint64_t skipped = report.rows().skipped;
  if (skipped == 0) return;
  const std::size_t listed = std::min(kListed, report.problems.size());
  for (std::size_t i = 0; i < listed; ++i) err << "coopstat: skipped " << report.problems[i].located_message() << '\n';
  err << fmt::format("coopstat: skipped {}{}\n", plural(skipped, "bad row"),
                     skipped > listed ? fmt::format(" (the first {} are listed above)", listed) : "");
}

void report_missing(const LoadReport& report, std::ostream& err) {
  const std::uint64_t missing = report.rows().missing;
  if (missing == 0) return;
  std::vector<std::string> places;
  std::uint64_t lines = 0;
  for (const FileReport& file : report.files) {
    lines += file.missing_lines.count;
    for (const std::uint64_t line : file.missing_lines.first)
      if (places.size() < MissingLines::kListed) places.push_back(source_place(file.name, line));
  }
  err << fmt::format("coopstat: left out {} (no count): {}{}\n", plural(missing, "missing value"),
                     fmt::join(places, ", "), lines > places.size() ? ", …" : "");
}

RenderOptions render_options(const SharedOptions& options) {
  const bool terminal = options.output.empty() && ::isatty(STDOUT_FILENO) == 1;
  return {color_wanted(options.color, terminal, std::getenv("NO_COLOR")), options.chart};
}

// Loads the data, with a progress line on standard error when it is a terminal (never in a pipe or a CI log).
Table load(LoadOptions options, const std::vector<std::string>& files, LoadReport& report, std::ostream& err) {
  const char* term = std::getenv("TERM");
  std::optional<ProgressLine> progress;
  if (::isatty(STDERR_FILENO) == 1 && (term == nullptr || std::string_view(term) != "dumb")) {
    progress.emplace(err);
    options.progress = &*progress;
  }
  return load_csv(files, options, report);
}

// The files the inputs are read from: an archive's, for FILE.zip:MEMBER, which -o must not overwrite either.
std::vector<std::string> input_files(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) files.push_back(split_member_path(input).file);
  return files;
}

// Refuses, before loading, a network format that the command or the format's limits cannot honour.
void check_network_output(const SharedOptions& options, const Command& command, PairOrder pairs) {
  const FormatInfo& format = format_info(options.format);
  if (!format.network) return;
  if (options.format == Format::vosviewer) {
    if (options.output.empty() || is_standard_stream(options.output))
      throw usage_error(
          "--format vosviewer writes two files: name the map file with -o FILE (the network file goes beside it: "
          "map.txt → map_network.txt)");
    const std::string network_file = vosviewer_network_path(options.output);
    try {
      refuse_input_as_output(network_file, input_files(options.files));
    } catch (const Error&) {
      // Its message names -o, which names the map file.
      throw usage_error(fmt::format("--format vosviewer: the network file {} is an input file", network_file));
    }
  }
  const Slicing* slicing = command.network_slicing();
  if (slicing == nullptr)
    throw usage_error(fmt::format("--format {}: only links and network write networks", format.name));
  check_network_format(options.format, pairs, *slicing);
}

void write_result(const std::string& text, const SharedOptions& options, std::ostream& out) {
  if (!options.output.empty() && !is_standard_stream(options.output)) {
    write_output_file(options.output, text, input_files(options.files));
    return;
  }
  errno = 0;
  out << text;
  out.flush();
  // A reader that stopped early (`coopstat … | head`) is not an error.
  if (!out && errno != EPIPE) throw Error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
}

// Writes the command's network in a network format. Each file is written atomically; vosviewer's network file
// first, so that a failure to write it leaves both files as they were.
void write_network(const CommandOutput& output, const SharedOptions& options, std::ostream& out, std::ostream& err) {
  if (!output.network) throw std::logic_error("a command that writes networks returned none");
  const NetworkFiles files = render_network(*output.network, options.format);
  for (const std::string& note : files.notes) err << "coopstat: " << note << '\n';
  if (files.contents.size() == 2)
    write_output_file(vosviewer_network_path(options.output), files.contents[1], input_files(options.files));
  write_result(files.contents.front(), options, out);
}

ExitCode run_command(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  check_command_name(argc, argv);
  CLI::App app{"coopstat — statistics for international cooperation data", "coopstat"};
  app.set_version_flag("-V,--version", std::string(kVersion));
  app.require_subcommand(1);
  app.footer("Run 'coopstat COMMAND --help' for the options of a command.");

  SharedOptions options;
  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
  for (const CommandInfo& info : command_registry()) {
    CLI::App* sub = app.add_subcommand(std::string(info.name), std::string(info.help));
    auto command = info.make();
    command->configure(*sub);
    if (command->reads_data()) {
      add_data_options(*sub, options);
      // links and network read unordered pairs unless told otherwise: their help says so.
      if (command->default_pair_order() == PairOrder::unordered) sub->get_option("--pairs")->default_str("unordered");
    }
    add_output_options(*sub, *command, options);
    commands.emplace_back(sub, std::move(command));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {
      app.exit(error, out, err);  // --help, --version
      return ExitCode::success;
    }
    std::string hint = "coopstat --help";
    for (const auto& [sub, command] : commands)
      if (sub->parsed()) hint = fmt::format("coopstat {} --help", sub->get_name());
    err << fmt::format("coopstat: {} (see {})\n", error.what(), hint);
    return ExitCode::usage_error;
  }

  const Format format = options.format;
  if (options.chart && format != Format::markdown)
    throw usage_error("--chart draws in markdown only (--format markdown)");
  check_filters(options.filters);
  check_number_form(options.load.numbers);
  if (!options.output.empty() && !is_standard_stream(options.output))
    refuse_input_as_output(options.output, input_files(options.files));
  const Command* command = nullptr;
  const CLI::App* command_app = nullptr;
  for (const auto& [sub, candidate] : commands)
    if (sub->parsed()) {
      command = candidate.get();
      command_app = sub;
    }

  if (command->validates()) options.load.skip_bad_rows = options.load.skip_bad_files = true;
  if (command->reads_data() && command_app->count("--pairs") == 0) options.load.pairs = command->default_pair_order();
  check_network_output(options, *command, options.load.pairs);
  command->prepare(options.load);
  LoadReport report;
  const Table table = command->reads_data() ? load(options.load, options.files, report, err) : Table{};
  if (!command->validates()) {
    for (const FileReport& file : report.files)
      for (const Assumption& guess : file.assumptions)
        err << fmt::format("coopstat: {}: {}\n", file.name, guess.message);
    report_skipped(report, err);
    report_missing(report, err);
    if (const std::string note = partner_name_note(report.names, options.load.names); !note.empty())
      err << "coopstat: " << note << '\n';
    if (const std::string note = pair_note(report.pairs); !note.empty()) err << "coopstat: " << note << '\n';
  }
  // The threads that read the rows add them up too.
  const Query query(table, options.filters, options.load.threads);
  if (command->reads_data() && !command->validates())
    if (const std::string warning = span_warning(query); !warning.empty()) err << "coopstat: " << warning << '\n';
  CommandOutput output = command->execute({query, report, format, options.totals, options.load.pairs});
  for (const std::string& message : output.messages) err << "coopstat: " << message << '\n';
  if (format_info(format).network) {
    write_network(output, options, out, err);
    return output.failed ? ExitCode::data_error : ExitCode::success;
  }
  // Totals are for people: summing a column of csv, tsv or json, or reading it back, must not count them twice.
  if (!format_info(format).for_people && !options.totals)
    for (ResultTable& table : output.tables) drop_totals(table);
  std::ostringstream rendered;
  render(output.tables, format, render_options(options), rendered);
  write_result(rendered.str(), options, out);
  return output.failed ? ExitCode::data_error : ExitCode::success;
}

}  // namespace

ExitCode run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  // Writing to a closed pipe then fails with EPIPE, which write_result treats as a quiet end.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return run_command(argc, argv, out, err);
  } catch (const Error& error) {
    err << "coopstat: " << error.located_message() << '\n';
    return error.kind() == ErrorKind::usage ? ExitCode::usage_error : ExitCode::data_error;
  } catch (const std::bad_alloc&) {
    err << "coopstat: out of memory\n";
    return ExitCode::data_error;
  } catch (const std::exception& error) {
    err << "coopstat: internal error: " << error.what() << '\n';
    return ExitCode::data_error;
  }
}

}  // namespace coopstat
