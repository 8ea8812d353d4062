// summary — the headline report of a cooperation dataset.
//
// Answers: how many rows, partners, fields and types; which years; how many agreements in all; how the
// yearly totals changed; who the top partners and fields are and what share they hold; and how the
// totals per partner are distributed.
//
//   coopstat summary data/cooperation.csv
//   coopstat summary data/cooperation.csv --from 2013 --section years,fields --top 5
//   coopstat summary data/cooperation.csv --format csv > summary.csv
//
// A format for people prints one table per section. A format for programs prints one table: the
// section chosen with --section, or all of them stacked in long form (section, key, value, share,
// change, change_pct).

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/gaps_option.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "commands/title.hpp"
#include "coopstat/error.hpp"
#include "coopstat/totals.hpp"
#include "suggest.hpp"

namespace coopstat {
namespace {

enum class Section { overview, years, partners, fields, types, distribution };

struct SectionInfo {
  Section section;
  std::string_view name;
  std::string_view help;
};

constexpr std::array<SectionInfo, 6> kSections{{
    {Section::overview, "overview", "rows, partners, fields, types, year span, total"},
    {Section::years, "years", "the total of each year, with its change on the year before"},
    {Section::partners, "partners", "the top partners by total, with their share"},
    {Section::fields, "fields", "the top fields by total, with their share"},
    {Section::types, "types", "each type's total and share"},
    {Section::distribution, "distribution", "min, quartiles, mean, max and sd of the totals per partner"},
}};

// The distribution rows of the report, in the order they are printed.
struct DistributionStat {
  std::string_view name;
  StatKind kind;
};
constexpr std::array<DistributionStat, 7> kDistribution{{
    {"min", StatKind::min},
    {"q1", StatKind::q1},
    {"median", StatKind::median},
    {"mean", StatKind::mean},
    {"q3", StatKind::q3},
    {"max", StatKind::max},
    {"sd", StatKind::sd},
}};

StatNeeds distribution_needs() {
  StatNeeds needs;
  for (const DistributionStat& stat : kDistribution) needs = needs | needs_of(stat.kind);
  return needs;
}

// Everything the report shows, computed once; the two output shapes read it.
struct Summary {
  std::size_t rows = 0;
  YearSpan span;
  Sum total;
  std::vector<KeyTotal> years;
  std::vector<KeyTotal> partners;
  std::vector<KeyTotal> fields;
  std::vector<KeyTotal> types;
  Accumulator per_partner{distribution_needs()};
  GapsRule gaps;

  /// Whether year `i` has a total: always under --gaps zero, only with rows under --gaps missing.
  [[nodiscard]] bool has_value(std::size_t i) const { return gaps.gaps == Gaps::zero || years[i].rows > 0; }
};

Summary compute(const Query& query, const GapsRule& gaps) {
  const Table& table = query.table();
  std::vector<Key> keys{Key::partner};
  if (table.has_field) keys.push_back(Key::field);
  if (table.has_type) keys.push_back(Key::type);
  Totals totals = totals_of(query, keys);
  Summary summary;
  summary.gaps = gaps;
  summary.rows = totals.rows;
  summary.total = totals.total;
  summary.years = std::move(totals.years);
  // The years run over the span, so the first and last year need no pass of their own.
  if (!summary.years.empty())
    summary.span = {static_cast<int>(summary.years.front().value), static_cast<int>(summary.years.back().value)};
  summary.partners = std::move(totals.by_key[0]);
  if (table.has_field) summary.fields = std::move(totals.by_key[1]);
  if (table.has_type) summary.types = std::move(totals.by_key.back());
  for (const KeyTotal& partner : summary.partners) summary.per_partner.add(partner.sum.value());
  return summary;
}

// How many of the totals have a name: rows without a field or type are not one more field or type.
std::int64_t named(const std::vector<KeyTotal>& totals, const Dictionary& names) {
  return std::count_if(totals.begin(), totals.end(),
                       [&names](const KeyTotal& total) { return !names.name(total.value).empty(); });
}

Cell year_cell(const YearSpan& span, bool first) {
  if (span.empty()) return {};
  return std::int64_t{first ? span.first : span.last};
}

// A one-row section (overview, distribution) as named values: columns of a table for people, keys in long form.
struct NamedValue {
  Column column;
  Cell value;
};

std::vector<NamedValue> overview_values(const Table& table, const Summary& summary) {
  std::vector<NamedValue> values{
      {{"rows", ColumnKind::integer}, static_cast<std::int64_t>(summary.rows)},
      {{"partners", ColumnKind::integer}, static_cast<std::int64_t>(summary.partners.size())}};
  if (table.has_field) values.push_back({{"fields", ColumnKind::integer}, named(summary.fields, table.fields)});
  if (table.has_type) values.push_back({{"types", ColumnKind::integer}, named(summary.types, table.types)});
  values.push_back({{"first_year", ColumnKind::year}, year_cell(summary.span, true)});
  values.push_back({{"last_year", ColumnKind::year}, year_cell(summary.span, false)});
  values.push_back({total_column(table, "agreements"), total_cell(summary.total)});
  return values;
}

std::vector<NamedValue> distribution_values(const Table& table, const Summary& summary) {
  std::vector<NamedValue> values{
      {{"partners", ColumnKind::integer}, static_cast<std::int64_t>(summary.per_partner.count())}};
  for (const DistributionStat& stat : kDistribution) {
    const bool exact = stat.kind == StatKind::min || stat.kind == StatKind::max;
    const auto value = summary.per_partner.value({stat.kind, 0, std::string(stat.name)});
    values.push_back(
        {exact ? total_column(table, std::string(stat.name)) : Column{std::string(stat.name), ColumnKind::decimal, 2},
         exact && value && table.counts_whole() ? Cell{static_cast<std::int64_t>(*value)} : optional_cell(value)});
  }
  return values;
}

// A year of the years section: its total and change on the year before, empty where the year has no value.
struct YearValues {
  std::uint32_t year = 0;
  Cell agreements;
  Cell change;
  Cell change_pct;
};

std::vector<YearValues> year_values(const Summary& summary) {
  std::vector<YearValues> years;
  for (std::size_t i = 0; i < summary.years.size(); ++i) {
    const KeyTotal& year = summary.years[i];
    const bool here = summary.has_value(i);
    const bool has_previous = here && i > 0 && summary.has_value(i - 1);
    years.push_back({year.value, here ? total_cell(year.sum) : Cell{},
                     has_previous ? change_cell(year.sum, summary.years[i - 1].sum) : Cell{},
                     has_previous ? percent_change_cell(year.sum, summary.years[i - 1].sum) : Cell{}});
  }
  return years;
}

// An entry of a ranking: its name, total and share of the grand total.
struct RankedValues {
  std::string name;
  Cell agreements;
  Cell share;
};

std::vector<RankedValues> ranked_values(const Table& table, const Summary& summary, const std::vector<KeyTotal>& totals,
                                        Key key, std::size_t count) {
  std::vector<RankedValues> ranked;
  for (std::size_t i = 0; i < count; ++i)
    ranked.push_back(
        {key_text(table, key, totals[i].value), total_cell(totals[i].sum), share_cell(totals[i].sum, summary.total)});
  return ranked;
}

class SummaryCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    add_count_option(app, "--top", top_, "how many partners and fields to list (0: all)")->capture_default_str();
    const auto parse_sections = [](const std::vector<std::string>& names) {
      std::vector<Section> sections;
      for (const std::string& name : names)
        sections.push_back(find_named<SectionInfo>(kSections, name, "section").section);
      return sections;
    };
    add_parsed_list_option(app, "--section", asked_, parse_sections,
                           choices_help("the sections to print, comma-separated (default: all):", kSections))
        ->type_name("LIST");
    add_gaps_option(app, gaps_);
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Table& table = input.query.table();
    const std::vector<Section> sections = chosen_sections(table);
    const Summary summary = compute(input.query, choose_gaps(gaps_, input.report));
    if (!format_info(input.format).for_people && sections.size() > 1) {
      CommandOutput output{long_form(input.query, summary, sections)};
      tell_year_gaps(summary, sections, output.tables.front(), output.messages);
      return output;
    }
    CommandOutput output{std::vector<ResultTable>{}};
    for (const Section section : sections) output.tables.push_back(section_table(input.query, summary, section));
    // The overview's title names the filters; without it, the first title does.
    if (sections.front() != Section::overview)
      output.tables.front().title = filtered_title(std::move(output.tables.front().title), input.query);
    const auto years = std::find(sections.begin(), sections.end(), Section::years);
    if (years != sections.end())
      tell_year_gaps(summary, sections, output.tables[static_cast<std::size_t>(years - sections.begin())],
                     output.messages);
    return output;
  }

 private:
  // The sections asked for, in report order; fields and types only where the data has them.
  [[nodiscard]] std::vector<Section> chosen_sections(const Table& table) const {
    std::vector<Section> sections;
    for (const SectionInfo& info : kSections) {
      const bool asked = asked_.empty() || std::find(asked_.begin(), asked_.end(), info.section) != asked_.end();
      const bool present =
          (info.section != Section::fields || table.has_field) && (info.section != Section::types || table.has_type);
      if (asked && present) sections.push_back(info.section);
    }
    if (sections.empty()) throw usage_error("--section: the data has no field or type column to show");
    return sections;
  }

  // The years section's gaps, told under `table` (and on standard error when the rule was the default).
  static void tell_year_gaps(const Summary& summary, const std::vector<Section>& sections, ResultTable& table,
                             std::vector<std::string>& messages) {
    if (std::find(sections.begin(), sections.end(), Section::years) == sections.end()) return;
    const auto gaps =
        std::count_if(summary.years.begin(), summary.years.end(), [](const KeyTotal& year) { return year.rows == 0; });
    tell_gaps(summary.gaps, static_cast<std::size_t>(gaps), "year", table, messages);
  }

  [[nodiscard]] std::size_t listed(std::size_t available) const {
    return top_ == 0 ? available : std::min(available, top_);
  }

  static std::string source_names(const Table& table) {
    std::vector<std::string> names;
    for (const SourceFile& source : table.sources) names.push_back(source.name);
    return fmt::format("{}", fmt::join(names, ", "));
  }

  [[nodiscard]] ResultTable section_table(const Query& query, const Summary& summary, Section section) const {
    const Table& table = query.table();
    switch (section) {
      case Section::overview: {
        ResultTable result{filtered_title(fmt::format("Summary of {}", source_names(table)), query), {}, {}};
        one_row(result, overview_values(table, summary));
        return result;
      }
      case Section::years: {
        Column change = total_column(table, "change");
        change.explicit_sign = true;
        ResultTable result{
            "Agreements per year",
            {{"year", ColumnKind::year}, total_column(table, "agreements"), change, percent_column("change_pct", true)},
            {}};
        Chart chart{"Agreements per year", "agreements", {}, {{}}};
        for (std::size_t i = 0; i < summary.years.size(); ++i) {
          // The chart's line cannot skip a year: a missing year is left off the axis.
          if (!summary.has_value(i)) continue;
          chart.x.push_back(fmt::format("{}", summary.years[i].value));
          chart.lines.front().push_back(summary.years[i].sum.value());
        }
        for (const YearValues& year : year_values(summary))
          result.rows.push_back({static_cast<std::int64_t>(year.year), year.agreements, year.change, year.change_pct});
        result.chart = std::move(chart);
        return result;
      }
      case Section::partners: return ranking(query, summary, summary.partners, Key::partner, "partners", true);
      case Section::fields: return ranking(query, summary, summary.fields, Key::field, "fields", true);
      case Section::types: return ranking(query, summary, summary.types, Key::type, "types", false);
      case Section::distribution: {
        ResultTable result{"Agreements per partner", {}, {}};
        one_row(result, distribution_values(table, summary));
        return result;
      }
    }
    return {};
  }

  static void one_row(ResultTable& result, const std::vector<NamedValue>& values) {
    std::vector<Cell> row;
    for (const NamedValue& value : values) {
      result.columns.push_back(value.column);
      row.push_back(value.value);
    }
    result.rows.push_back(std::move(row));
  }

  // How many entries a ranking lists: the top for partners and fields, every type.
  [[nodiscard]] std::size_t ranked(const std::vector<KeyTotal>& totals, bool limited) const {
    return limited ? listed(totals.size()) : totals.size();
  }

  [[nodiscard]] ResultTable ranking(const Query& query, const Summary& summary, const std::vector<KeyTotal>& totals,
                                    Key key, std::string_view plural, bool limited) const {
    const Table& table = query.table();
    const std::size_t count = ranked(totals, limited);
    const bool all = count == totals.size();
    std::string title = all ? fmt::format("{}{}", static_cast<char>(plural[0] - 'a' + 'A'), plural.substr(1))
                            : fmt::format("Top {} {} of {}", count, plural, totals.size());
    ResultTable result{std::move(title),
                       {{"rank", ColumnKind::integer},
                        {std::string(key_name(key)), ColumnKind::text},
                        total_column(table, "agreements"),
                        percent_column("share")},
                       {}};
    std::int64_t rank = 0;
    for (RankedValues& entry : ranked_values(table, summary, totals, key, count))
      result.rows.push_back({++rank, std::move(entry.name), std::move(entry.agreements), std::move(entry.share)});
    return result;
  }

  // All chosen sections in one table for programs: section, key, value, share, change, change_pct; made from the
  // summary's values, as the sections are.
  [[nodiscard]] ResultTable long_form(const Query& query, const Summary& summary,
                                      const std::vector<Section>& sections) const {
    const Table& table = query.table();
    ResultTable result{"Summary",
                       {{"section", ColumnKind::text},
                        {"key", ColumnKind::text},
                        {"value", ColumnKind::decimal, 2},
                        percent_column("share"),
                        total_column(table, "change"),
                        percent_column("change_pct", true)},
                       {}};
    const auto add_named = [&result](const std::string& name, const std::vector<NamedValue>& values) {
      // One-row sections: each column becomes a key.
      for (const NamedValue& value : values)
        result.rows.push_back({name, value.column.name, value.value, Cell{}, Cell{}, Cell{}});
    };
    const auto add_ranking = [&](const std::string& name, const std::vector<KeyTotal>& totals, Key key, bool limited) {
      for (RankedValues& entry : ranked_values(table, summary, totals, key, ranked(totals, limited)))
        result.rows.push_back(
            {name, std::move(entry.name), std::move(entry.agreements), std::move(entry.share), Cell{}, Cell{}});
    };
    for (const Section section : sections) {
      const std::string name(kSections[static_cast<std::size_t>(section)].name);
      switch (section) {
        case Section::overview: add_named(name, overview_values(table, summary)); break;
        case Section::distribution: add_named(name, distribution_values(table, summary)); break;
        case Section::years:
          for (const YearValues& year : year_values(summary))
            result.rows.push_back(
                {name, fmt::format("{}", year.year), year.agreements, Cell{}, year.change, year.change_pct});
          break;
        case Section::partners: add_ranking(name, summary.partners, Key::partner, true); break;
        case Section::fields: add_ranking(name, summary.fields, Key::field, true); break;
        case Section::types: add_ranking(name, summary.types, Key::type, false); break;
      }
    }
    return result;
  }

  std::size_t top_ = 10;
  std::vector<Section> asked_;
  std::optional<Gaps> gaps_;
};

}  // namespace

std::unique_ptr<Command> make_summary_command() { return std::make_unique<SummaryCommand>(); }

}  // namespace coopstat
