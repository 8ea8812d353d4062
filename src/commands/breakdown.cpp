// breakdown — what the cooperation is made of, and how concentrated it is.
//
// Answers: what share of the agreements each field holds (with its rank, cumulative share and the partners
// involved), and how concentrated the fields are (HHI, effective number, top-1 and top-3 shares); the same
// inside each partner, year, type or region (--within), side by side (--wide), or between two periods (--compare).
//
//   coopstat breakdown data/cooperation.csv --by field
//   coopstat breakdown data/cooperation.csv --by field --within partner --concentration --format csv
//   coopstat breakdown data/cooperation.csv --by field --compare 2013-2017,2018-2022
//   coopstat breakdown data.csv --by field --split ';' --count fractional
//
// Formats for people print the shares and the concentration as two tables; formats for programs print the
// shares, or with --concentration the concentration.

#include "coopstat/breakdown.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <array>
#include <optional>
#include <utility>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "commands/title.hpp"
#include "coopstat/concentration.hpp"
#include "coopstat/error.hpp"
#include "year_range.hpp"

namespace coopstat {
namespace {

// The two periods of --compare: "2013-2017,2018-2022".
using Periods = std::pair<YearRange, YearRange>;

Periods parse_periods(std::string_view text) {
  const std::size_t comma = text.find(',');
  const auto first = comma == std::string_view::npos ? std::nullopt : parse_year_range(text.substr(0, comma));
  const auto second = comma == std::string_view::npos ? std::nullopt : parse_year_range(text.substr(comma + 1));
  if (!first || !second)
    throw usage_error(fmt::format("--compare \"{}\": expected two periods such as 2013-2017,2018-2022", text));
  return {*first, *second};
}

constexpr std::array<Choice<SplitCount>, 2> kSplitCounts{{
    {"full", "each field gets the whole count", SplitCount::full},
    {"fractional", "the count is divided equally", SplitCount::fractional},
}};

std::vector<double> totals_of(const BreakdownGroup& group) {
  std::vector<double> totals;
  for (const CategoryTotal& category : group.categories) totals.push_back(category.total.value());
  return totals;
}

class BreakdownCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    const auto categories = [](std::string_view name) {
      const Key key = parse_key(name);
      if (key == Key::year)
        throw usage_error("--by year: break down by field, partner, type or region (--within year for each year)");
      return key;
    };
    add_parsed_option(app, "--by", spec_.by, categories,
                      "the categories: field (default), partner, type, region, subregion or code")
        ->default_str(std::string(key_name(spec_.by)))
        ->type_name("KEY");
    add_parsed_option(app, "--within", spec_.within, parse_key,
                      "break down inside each value of this key: partner, year, type, region…")
        ->type_name("KEY");
    app.add_flag("--wide", wide_, "with --within: one row per group, a share column per category");
    app.add_flag("--bars", bars_, "in formats for people: a bar of each share");
    app.add_flag("--concentration", concentration_only_,
                 "print only the concentration (HHI, effective number, "
                 "top-1 and top-3 shares)");
    add_parsed_option(app, "--compare", compare_, parse_periods,
                      "compare the shares of two periods, e.g. 2013-2017,2018-2022")
        ->type_name("P1,P2");
    app.add_option("--split", spec_.split.separator, "split field cells on this separator, e.g. ';' (default: off)")
        ->type_name("SEP");
    add_choice_option(app, "--count", spec_.split.count, kSplitCounts, "split count", "with --split:")
        ->type_name("COUNT");
    app.final_callback([this] { check_combination(); });
  }

  [[nodiscard]] std::string_view totals_help() const override {
    return "the (total) rows in csv, tsv and json too (always in table and markdown)";
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    const BreakdownSpec& spec = spec_;
    if (compare_) return {comparison(query, spec, *compare_)};
    const Breakdown breakdown = break_down(query, spec);
    if (wide_) return {wide(query, spec, breakdown)};
    if (concentration_only_) return {concentration(query, spec, breakdown)};
    if (!format_info(input.format).for_people) return {shares(query, spec, breakdown)};
    ResultTable shares_table = shares(query, spec, breakdown);
    if (bars_) append_bars(shares_table, "share");
    return {shares_table, concentration(query, spec, breakdown)};
  }

 private:
  [[nodiscard]] static std::string title(const Query& query, const BreakdownSpec& spec, std::string_view what,
                                         std::string_view periods = {}) {
    std::string text = fmt::format("{} by {}{}", what, key_name(spec.by), periods);
    if (spec.within) text += fmt::format(" within each {}", key_name(*spec.within));
    std::vector<std::string> notes;
    if (!spec.split.separator.empty())
      notes.push_back(
          spec.split.count == SplitCount::full
              ? fmt::format("split on '{}', full count: each field gets the row's whole count", spec.split.separator)
              : fmt::format("split on '{}', fractional count: the row's count is divided equally",
                            spec.split.separator));
    return filtered_title(std::move(text), query, std::move(notes));
  }

  [[nodiscard]] static Column category_column(const BreakdownSpec& spec) { return key_column(spec.by); }

  // Totals print like the data's counts, except that a fractional split makes decimals of whole counts.
  [[nodiscard]] static Column agreements_column(const Table& table, const BreakdownSpec& spec, std::string name) {
    if (spec.split.count == SplitCount::fractional && !spec.split.separator.empty())
      return {std::move(name), ColumnKind::decimal, 2};
    return total_column(table, std::move(name));
  }

  [[nodiscard]] ResultTable shares(const Query& query, const BreakdownSpec& spec, const Breakdown& breakdown) const {
    const Table& table = query.table();
    const bool grouped = spec.within.has_value();
    const bool show_involved = !grouped || *spec.within != breakdown.involved_key;
    ResultTable result{title(query, spec, "Shares"), {}, {}};
    if (grouped) result.columns.push_back(key_column(*spec.within));
    result.columns.insert(result.columns.end(), {{"rank", ColumnKind::integer},
                                                 category_column(spec),
                                                 agreements_column(table, spec, "agreements"),
                                                 percent_column("share"),
                                                 percent_column("cumulative_share")});
    if (show_involved)
      result.columns.push_back({fmt::format("{}s", key_name(breakdown.involved_key)), ColumnKind::integer});

    for (const BreakdownGroup& group : breakdown.groups) {
      Sum cumulative;
      for (std::size_t rank = 0; rank < group.categories.size(); ++rank) {
        const CategoryTotal& category = group.categories[rank];
        cumulative.add(category.total.value());
        std::vector<Cell> row;
        if (grouped) row.push_back(key_cell(table, *spec.within, group.value));
        row.insert(row.end(), {static_cast<std::int64_t>(rank + 1), breakdown.categories.name(category.category),
                               total_cell(category.total), share_cell(category.total, group.total),
                               share_cell(cumulative, group.total)});
        if (show_involved) row.push_back(static_cast<std::int64_t>(category.involved));
        result.rows.push_back(std::move(row));
      }
    }
    if (!grouped) {
      const BreakdownGroup& all = breakdown.groups.front();
      std::vector<Cell> row{Cell{}, std::string(kTotalLabel), total_cell(all.total), share_cell(all.total, all.total),
                            Cell{}};
      if (show_involved) row.push_back(static_cast<std::int64_t>(all.involved));
      result.add_total_row(std::move(row));
    }
    return result;
  }

  [[nodiscard]] ResultTable concentration(const Query& query, const BreakdownSpec& spec,
                                          const Breakdown& breakdown) const {
    const Table& table = query.table();
    const std::string plural = fmt::format("{}s", key_name(spec.by));
    ResultTable result{title(query, spec, "Concentration"), {}, {}};
    if (spec.within) result.columns.push_back(key_column(*spec.within));
    result.columns.insert(result.columns.end(), {agreements_column(table, spec, "agreements"),
                                                 {plural, ColumnKind::integer},
                                                 {fmt::format("dominant_{}", key_name(spec.by)), ColumnKind::text},
                                                 percent_column("top1_share"),
                                                 percent_column("top3_share"),
                                                 {"hhi", ColumnKind::decimal, 0},
                                                 {"effective_number", ColumnKind::decimal, 2}});
    for (const BreakdownGroup& group : breakdown.groups) {
      const Concentration c = concentration_of(totals_of(group));
      std::vector<Cell> row;
      if (spec.within) row.push_back(key_cell(table, *spec.within, group.value));
      row.insert(
          row.end(),
          {total_cell(group.total), static_cast<std::int64_t>(c.count),
           group.categories.empty() ? Cell{} : Cell{breakdown.categories.name(group.categories.front().category)},
           optional_cell(c.top1_share), optional_cell(c.top3_share), optional_cell(c.hhi),
           optional_cell(c.effective_number)});
      result.rows.push_back(std::move(row));
    }
    return result;
  }

  [[nodiscard]] ResultTable wide(const Query& query, const BreakdownSpec& spec, const Breakdown& breakdown) const {
    const Table& table = query.table();
    // Category columns in the order of their totals over all groups, the largest first.
    BreakdownSpec overall = spec;
    overall.within.reset();
    const Breakdown all = break_down(query, overall);
    ResultTable result{
        title(query, spec, "Shares (%)"), {key_column(*spec.within), agreements_column(table, spec, "agreements")}, {}};
    std::vector<std::string> names;
    for (const CategoryTotal& category : all.groups.front().categories) {
      names.push_back(all.categories.name(category.category));
      result.columns.push_back(percent_column(names.back()));
    }
    result.columns.push_back({fmt::format("dominant_{}", key_name(spec.by)), ColumnKind::text});
    result.columns.push_back({"hhi", ColumnKind::decimal, 0});
    for (const BreakdownGroup& group : breakdown.groups) {
      std::vector<Cell> row{key_cell(table, *spec.within, group.value), total_cell(group.total)};
      for (const std::string& name : names) {
        const std::optional<Dictionary::Code> code = breakdown.categories.find(name);
        const auto it = !code ? group.categories.end()
                              : std::find_if(group.categories.begin(), group.categories.end(),
                                             [code](const CategoryTotal& c) { return c.category == *code; });
        row.push_back(it == group.categories.end() ? Cell{0.0} : share_cell(it->total, group.total));
      }
      row.push_back(group.categories.empty() ? Cell{}
                                             : Cell{breakdown.categories.name(group.categories.front().category)});
      row.push_back(optional_cell(concentration_of(totals_of(group)).hhi));
      result.rows.push_back(std::move(row));
    }
    return result;
  }

  // Options that do not go together.
  void check_combination() const {
    check_spec(spec_);
    if (wide_ && !spec_.within) throw usage_error("--wide needs --within (one row per group)");
    if (compare_ && (spec_.within || wide_ || concentration_only_))
      throw usage_error("--compare goes with neither --within, --wide nor --concentration");
  }

  [[nodiscard]] static ResultTable comparison(const Query& query, const BreakdownSpec& spec, const Periods& periods) {
    const auto& [first, second] = periods;
    const auto period_breakdown = [&](const YearRange& period) {
      BreakdownSpec restricted = spec;
      restricted.first_year = period.first;
      restricted.last_year = period.last;
      return break_down(query, restricted);
    };
    const Breakdown before = period_breakdown(first), after = period_breakdown(second);
    const BreakdownGroup& a = before.groups.front();
    const BreakdownGroup& b = after.groups.front();

    // Every category of either period, in the order of the second period (then the first, then by name).
    std::vector<std::string> names;
    for (const auto* group : {&b, &a})
      for (const CategoryTotal& category : group->categories) {
        const Dictionary& dictionary = group == &b ? after.categories : before.categories;
        if (std::find(names.begin(), names.end(), dictionary.name(category.category)) == names.end())
          names.push_back(dictionary.name(category.category));
      }
    const auto total_in = [](const Breakdown& breakdown, const std::string& name) {
      Sum none;
      const std::optional<Dictionary::Code> code = breakdown.categories.find(name);
      if (!code) return none;
      for (const CategoryTotal& category : breakdown.groups.front().categories)
        if (category.category == *code) return category.total;
      return none;
    };

    const Table& table = query.table();
    ResultTable result{title(query, spec, "Shares", fmt::format(" in {} and {}", first.text(), second.text())),
                       {category_column(spec),
                        agreements_column(table, spec, "agreements_" + first.label()),
                        percent_column("share_" + first.label()),
                        agreements_column(table, spec, "agreements_" + second.label()),
                        percent_column("share_" + second.label()),
                        {"change_pp", ColumnKind::decimal, 1, true}},
                       {}};
    for (const std::string& name : names) {
      const Sum in_first = total_in(before, name), in_second = total_in(after, name);
      const Cell share_first = share_cell(in_first, a.total), share_second = share_cell(in_second, b.total);
      const bool both = std::holds_alternative<double>(share_first) && std::holds_alternative<double>(share_second);
      result.rows.push_back({name, total_cell(in_first), share_first, total_cell(in_second), share_second,
                             both ? Cell{std::get<double>(share_second) - std::get<double>(share_first)} : Cell{}});
    }
    result.add_total_row({std::string(kTotalLabel), total_cell(a.total), share_cell(a.total, a.total),
                          total_cell(b.total), share_cell(b.total, b.total), Cell{}});
    return result;
  }

  BreakdownSpec spec_;
  bool wide_ = false;
  bool bars_ = false;
  bool concentration_only_ = false;
  std::optional<Periods> compare_;
};

}  // namespace

std::unique_ptr<Command> make_breakdown_command() { return std::make_unique<BreakdownCommand>(); }

}  // namespace coopstat
