// check — is this dataset fit to report on? For CI.
//
// Reads every row and file it can, and lists every problem, one per line with its FILE:LINE: rows that cannot
// be read, missing columns, negative counts, decimal counts among whole ones, empty field or type names,
// duplicate rows, implausible years and years without rows. Errors make the exit code 1; warnings do too
// with --strict; notes never do. The last line is the verdict.
//
//   coopstat check data.csv
//   coopstat check data.csv --strict --years 1970-2025 --format json > problems.json
//   coopstat check data.csv --key partner,date --ignore year-gap

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/parsed_option.hpp"
#include "coopstat/error.hpp"
#include "coopstat/totals.hpp"
#include "hash.hpp"
#include "source_name.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "year_range.hpp"

namespace coopstat {
namespace {

// A note says what coopstat made of the data where that is no fault of the data: it never fails a check.
enum class Severity { error, warning, note };

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "";
}

// The rules, and how serious breaking each is.
struct Rule {
  std::string_view name;
  Severity severity;
  std::string_view help;
};

constexpr Rule kUnreadable{"unreadable", Severity::error, "a row or file that cannot be read"};
constexpr Rule kNegative{"negative-count", Severity::error, "a count below 0"};
constexpr Rule kMixedCounts{"decimal-count", Severity::warning, "a decimal count where most counts are whole"};
constexpr Rule kEmptyName{"empty-name", Severity::warning, "an empty field or type in a file that has the column"};
constexpr Rule kDuplicate{"duplicate-key", Severity::warning,
                          "the same cells as a row before in every column but the count (or the --key columns)"};
constexpr Rule kYearRange{"year-range", Severity::warning, "a year outside the plausible range (--years)"};
constexpr Rule kYearGap{"year-gap", Severity::warning,
                        "years without rows inside the span (a note where rows count events: such a year had none)"};
constexpr Rule kMissing{"missing-count", Severity::warning, "rows without a count, left out (--missing skip)"};
constexpr Rule kUnknownCountry{"unknown-country", Severity::warning,
                               "a partner name that matches no country (coopstat countries NAME)"};
constexpr Rule kAggregate{"aggregate", Severity::warning,
                          "a partner or reporter that is a group of countries, e.g. World"};
constexpr Rule kMergedNames{"merged-names", Severity::warning, "spellings of one country merged into one partner"};
constexpr Rule kCodeMismatch{"code-mismatch", Severity::warning,
                             "a partner whose code column names another country than its name (the code counts)"};
constexpr Rule kMirrors{"mirror-rows", Severity::warning,
                        "with --pairs unordered: mirror rows left out, and how many differ from the row kept"};
constexpr Rule kAssumption{"assumption", Severity::note,
                           "a guess about the input (no count column, a country column as reporter, dates as years, "
                           "a wide table); a warning where another reading is likely"};
constexpr std::array<const Rule*, 14> kRules{
    &kUnreadable, &kNegative,       &kMixedCounts, &kEmptyName,   &kDuplicate,    &kYearRange, &kYearGap,
    &kMissing,    &kUnknownCountry, &kAggregate,   &kMergedNames, &kCodeMismatch, &kMirrors,   &kAssumption};

struct Problem {
  std::string file;
  std::uint64_t line = 0;  // 0: the whole file, or the whole dataset when `file` is empty
  const Rule* rule = nullptr;
  std::string message;
  std::optional<Severity> severity = {};  // when not the rule's own

  [[nodiscard]] Severity how_serious() const { return severity.value_or(rule->severity); }
};

std::string rules_help() {
  std::string help = "Rules:";
  for (const Rule* rule : kRules)
    help += fmt::format("\n  {:<17}{:<9}{}", rule->name, severity_name(rule->severity), rule->help);
  return help;
}

// The rules named by --ignore.
std::vector<const Rule*> parse_rules(const std::vector<std::string>& names) {
  std::vector<const Rule*> rules;
  for (const std::string& name : names) {
    const auto it =
        std::find_if(kRules.begin(), kRules.end(), [&name](const Rule* rule) { return rule->name == name; });
    if (it == kRules.end()) {
      std::vector<std::string> known;
      for (const Rule* rule : kRules) known.emplace_back(rule->name);
      throw unknown_name_error("rule", name, known);
    }
    rules.push_back(*it);
  }
  return rules;
}

// The plausible years of --years: "FIRST-LAST".
YearRange parse_plausible_years(std::string_view text) {
  const std::optional<YearRange> years = parse_year_range(text, LoneYear::refused);
  if (!years) throw usage_error(fmt::format("--years \"{}\": expected FIRST-LAST, e.g. 1950-2030", text));
  return *years;
}

// A row's identity for duplicates: its record's key, and in a wide table the year (a record holds every year).
struct RowKey {
  std::uint64_t hash, second_hash;
  std::int16_t year;
  bool operator==(const RowKey&) const = default;
};
struct RowKeyHash {
  std::size_t operator()(const RowKey& key) const {
    return combine_hash(key.hash, static_cast<std::uint16_t>(key.year));
  }
};

class CheckCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_flag("--strict", strict_, "fail (exit code 1) on warnings too");
    add_parsed_option(app, "--years", plausible_years_, parse_plausible_years, "the plausible years, FIRST-LAST")
        ->default_str(fmt::format("{}-{}", plausible_years_.first, plausible_years_.last))
        ->type_name("RANGE");
    app.add_option("--key", key_columns_,
                   "the columns that identify a row for duplicate-key (default: every column but the count)")
        ->delimiter(',')
        ->type_name("COL[,COL...]");
    add_parsed_list_option(app, "--ignore", ignored_, parse_rules, "rules to turn off")->type_name("RULE[,RULE...]");
    app.footer(rules_help());
  }

  [[nodiscard]] bool validates() const override { return true; }

  // Duplicates are found by the cells of each record, which only the loader sees.
  void prepare(LoadOptions& options) const override {
    if (!ignores(kDuplicate)) options.record_keys = key_columns_;
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    const Table& table = query.table();
    std::vector<Problem> problems;
    for (const Error& error : input.report.problems)
      problems.push_back({error.file(), error.line(), &kUnreadable, error.what()});
    check_missing(input.report, problems);
    for (const FileReport& file : input.report.files)
      for (const Assumption& guess : file.assumptions)
        problems.push_back(
            {file.name, 0, &kAssumption, guess.message, guess.doubtful ? Severity::warning : Severity::note});
    check_rows(query, plausible_years_, problems);
    if (!ignores(kDuplicate)) check_duplicates(query, input.report, problems);
    check_partner_names(input.report.names, problems);
    for (const Error& conflict : input.report.code_conflicts)
      problems.push_back({conflict.file(), conflict.line(), &kCodeMismatch, conflict.what()});
    if (const std::string note = pair_note(input.report.pairs); !note.empty())
      problems.push_back({"", 0, &kMirrors, note});
    check_gaps(query, input.report, problems);
    std::erase_if(problems, [this](const Problem& problem) { return ignores(*problem.rule); });
    order(table, problems);

    std::size_t errors = 0, warnings = 0, notes = 0;
    ResultTable result{fmt::format("Check of {}", source_names(table, input.report)),
                       {{"file"}, {"line", ColumnKind::line}, {"severity"}, {"rule"}, {"message"}}};
    for (const Problem& problem : problems) {
      const Severity severity = problem.how_serious();
      ++(severity == Severity::error ? errors : severity == Severity::warning ? warnings : notes);
      result.rows.push_back({problem.file, problem.line == 0 ? Cell{} : Cell{static_cast<std::int64_t>(problem.line)},
                             std::string(severity_name(severity)), std::string(problem.rule->name), problem.message});
    }
    // Problems beyond the report's limit were counted but not kept.
    if (!ignores(kUnreadable)) errors += input.report.problems_not_kept();
    // The rows read: loaded (aggregates and mirrors left out afterwards included), skipped, or without a count.
    const std::uint64_t rows = input.report.rows().total();
    result.note =
        fmt::format("{}, {}, {}{}{}", plural(rows, "row", {}, Digits::grouped),
                    plural(errors, "error", {}, Digits::grouped), plural(warnings, "warning", {}, Digits::grouped),
                    notes > 0 ? ", " + plural(notes, "note", {}, Digits::grouped) : "",
                    !ignores(kUnreadable) && input.report.problems_not_kept() > 0
                        ? fmt::format(" ({} errors not listed)", group(input.report.problems_not_kept()))
                        : "");
    CommandOutput output{result};
    output.failed = errors > 0 || (strict_ && warnings > 0);
    return output;
  }

 private:
  // 12,345: the verdict is read by people.
  static std::string group(std::size_t n) {
    std::string digits = fmt::format("{}", n);
    group_thousands(digits);
    return digits;
  }

  static std::string source_names(const Table& table, const LoadReport& report) {
    std::vector<std::string> names;
    for (const SourceFile& source : table.sources) names.push_back(source.name);
    for (const Error& error : report.problems)
      if (std::find(names.begin(), names.end(), error.file()) == names.end()) names.push_back(error.file());
    return fmt::format("{}", fmt::join(names, ", "));
  }

  static void check_rows(const Query& query, const YearRange& plausible, std::vector<Problem>& problems) {
    const Table& table = query.table();
    std::size_t whole = 0, decimal = 0;
    for (std::size_t row = 0; row < table.rows(); ++row) {
      if (!query.keeps(row)) continue;
      ++(std::trunc(table.count[row]) == table.count[row] ? whole : decimal);
    }
    // Decimal counts are suspicious only among mostly whole ones (amount data is decimal throughout).
    const bool flag_decimals = decimal > 0 && whole > decimal;
    for (std::size_t row = 0; row < table.rows(); ++row) {
      if (!query.keeps(row)) continue;
      const SourceFile& source = table.source_of(row);
      const auto add = [&](const Rule& rule, std::string message) {
        problems.push_back({source.name, table.line[row], &rule, std::move(message)});
      };
      const double count = table.count[row];
      if (count < 0) add(kNegative, fmt::format("the count is {}", count));
      if (flag_decimals && std::trunc(count) != count)
        add(kMixedCounts,
            fmt::format("the count {} is not whole, unlike {} of the {} counts", count, whole, whole + decimal));
      if (source.has_field && table.fields.name(table.field[row]).empty()) add(kEmptyName, "the field is empty");
      if (source.has_type && table.types.name(table.type[row]).empty()) add(kEmptyName, "the type is empty");
      const int year = table.year[row];
      if (year < plausible.first || year > plausible.last)
        add(kYearRange, fmt::format("the year {} is outside {}", year, plausible.text()));
    }
  }

  // A row whose record has the cells of an earlier one. Without --key, a file without a count column is left out:
  // it lists agreements one per row, and two rows alike are two agreements.
  void check_duplicates(const Query& query, const LoadReport& report, std::vector<Problem>& problems) const {
    const Table& table = query.table();
    std::unordered_map<RowKey, std::size_t, RowKeyHash> first_row_of;
    first_row_of.reserve(table.rows());
    // Each input read has its source and its file report, in the same order.
    for (std::size_t source = 0; source < std::min(table.sources.size(), report.files.size()); ++source) {
      const FileReport& file = report.files[source];
      const bool has_count = std::any_of(file.columns.begin(), file.columns.end(),
                                         [](const ColumnUse& use) { return use.role == Role::count; });
      if (key_columns_.empty() && !has_count && file.shape != Shape::wide) continue;
      const auto [begin, end] = table.rows_of_source(source);
      // A file's rows and its records' keys are both in line order: one walk pairs them.
      auto key = file.record_keys.begin();
      for (std::size_t row = begin; row < end; ++row) {
        while (key != file.record_keys.end() && key->line < table.line[row]) ++key;
        if (!query.keeps(row) || key == file.record_keys.end() || key->line != table.line[row]) continue;
        const RowKey identity{key->hash, key->second_hash,
                              file.shape == Shape::wide ? table.year[row] : std::int16_t{0}};
        const auto [it, first] = first_row_of.try_emplace(identity, row);
        if (first) continue;
        problems.push_back({file.name, table.line[row], &kDuplicate,
                            fmt::format("the same {} as {}", duplicate_columns(file),
                                        source_place(table.source_of(it->second).name, table.line[it->second]))});
      }
    }
  }

  // What two duplicate rows of `file` share, in words.
  [[nodiscard]] std::string duplicate_columns(const FileReport& file) const {
    if (!key_columns_.empty()) {
      std::vector<std::string> quoted;
      for (const std::string& column : key_columns_) quoted.push_back(fmt::format("\"{}\"", column));
      if (quoted.size() == 1) return quoted.front();
      return fmt::format("{} and {}", fmt::join(quoted.begin(), quoted.end() - 1, ", "), quoted.back());
    }
    if (file.shape == Shape::wide) return "cells outside the year columns, and a value for the same year,";
    return "cells in every column but the count";
  }

  [[nodiscard]] bool ignores(const Rule& rule) const {
    return std::find(ignored_.begin(), ignored_.end(), &rule) != ignored_.end();
  }

  // One problem per partner name that matches no country, names an aggregate, or was merged, at its first row.
  static void check_partner_names(const PartnerNameReport& names, std::vector<Problem>& problems) {
    const auto rows = [](const PartnerSpelling& spelling) { return plural(spelling.rows, "row"); };
    for (const PartnerSpelling& spelling : names.unknown) {
      const std::string message =
          spelling.how == MatchKind::ambiguous
              ? fmt::format("partner \"{}\" could name more than one country ({}; see coopstat countries \"{}\")",
                            spelling.written, rows(spelling), spelling.written)
              : fmt::format("partner \"{}\" matches no country ({})", spelling.written, rows(spelling));
      problems.push_back({spelling.file, spelling.line, &kUnknownCountry, message});
    }
    for (const PartnerSpelling& spelling : names.aggregates)
      problems.push_back({spelling.file, spelling.line, &kAggregate,
                          fmt::format("{} \"{}\" is a group of countries, not a country: {} {}", spelling.role,
                                      spelling.written, rows(spelling),
                                      names.aggregate_rows_excluded > 0 ? "excluded (--keep-aggregates keeps them)"
                                                                        : "counted with the countries")});
    for (const PartnerSpelling& spelling : names.code_mismatches)
      problems.push_back({spelling.file, spelling.line, &kCodeMismatch,
                          fmt::format("partner \"{}\" has the code \"{}\", which is {}: counted as {}",
                                      spelling.written, spelling.code, spelling.shown, spelling.shown)});
    for (const PartnerSpelling& spelling : names.merged) {
      std::vector<std::string> others;
      for (const PartnerSpelling& other : names.merged)
        if (other.shown == spelling.shown && other.written != spelling.written)
          others.push_back(fmt::format("\"{}\"", other.written));
      problems.push_back({spelling.file, spelling.line, &kMergedNames,
                          fmt::format("partner \"{}\" is counted with {} as {} ({})", spelling.written,
                                      fmt::join(others, " and "), spelling.shown, rows(spelling))});
    }
  }

  // One problem per file: a file may leave out thousands of empty cells.
  static void check_missing(const LoadReport& report, std::vector<Problem>& problems) {
    for (const FileReport& file : report.files) {
      const std::uint64_t missing = file.rows.missing;
      const MissingLines& lines = file.missing_lines;
      if (missing == 0) continue;
      problems.push_back(
          {file.name, 0, &kMissing,
           fmt::format("{} (no count) left out, on {}: {}{}", plural(missing, "missing value", {}, Digits::grouped),
                       plural(lines.count, "line", {}, Digits::grouped), fmt::join(lines.first, ", "),
                       lines.count > lines.first.size() ? ", …" : "")});
    }
  }

  // One problem for the whole dataset, the missing years written as runs: 1981, 1989–1991. Where the rows count
  // events (a long table without missing counts), a year without rows had none: a note, not a fault.
  static void check_gaps(const Query& query, const LoadReport& report, std::vector<Problem>& problems) {
    const std::vector<KeyTotal> years = yearly_totals(query);
    std::vector<std::uint64_t> missing;
    for (const KeyTotal& year : years)
      if (year.rows == 0) missing.push_back(year.value);
    if (missing.empty()) return;
    // The series runs over the span, so its ends are the first and last year.
    const YearRange span{static_cast<int>(years.front().value), static_cast<int>(years.back().value)};
    problems.push_back(
        {"", 0, &kYearGap,
         fmt::format("{} without rows in {}: {}", plural(missing.size(), "year"), span.text(), number_runs(missing)),
         measurements(report) ? Severity::warning : Severity::note});
  }

  // Whether the data are measurements, in which a year without a value is missing: a wide table, or missing counts.
  static bool measurements(const LoadReport& report) {
    return report.rows().missing > 0 || std::any_of(report.files.begin(), report.files.end(),
                                                    [](const FileReport& file) { return file.shape == Shape::wide; });
  }

  // In file order (as loaded, then files that could not be), then by line; dataset-wide problems last.
  static void order(const Table& table, std::vector<Problem>& problems) {
    std::vector<std::string> files;
    for (const SourceFile& source : table.sources) files.push_back(source.name);
    for (const Problem& problem : problems)
      if (!problem.file.empty() && std::find(files.begin(), files.end(), problem.file) == files.end())
        files.push_back(problem.file);
    const auto rank = [&files](const Problem& problem) {
      if (problem.file.empty()) return files.size();
      return static_cast<std::size_t>(std::find(files.begin(), files.end(), problem.file) - files.begin());
    };
    std::stable_sort(problems.begin(), problems.end(), [&](const Problem& a, const Problem& b) {
      if (rank(a) != rank(b)) return rank(a) < rank(b);
      return a.line < b.line;
    });
  }

  bool strict_ = false;
  YearRange plausible_years_{1900, 2100};
  std::vector<std::string> key_columns_;
  std::vector<const Rule*> ignored_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace coopstat
