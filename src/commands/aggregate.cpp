// aggregate — statistics per group, over any keys.
//
// Answers: for each partner (field, year, type, or combination of them), how many rows, how many agreements,
// what share, and any statistic of the catalogue over the rows — or, with --per, over the group's totals per
// year (or per partner…), which is what "a partner's mean agreements a year" means.
//
//   coopstat aggregate data/cooperation.csv --by partner --sort sum --top 10
//   coopstat aggregate data/cooperation.csv --by field,type --stats count,sum,share --totals
//   coopstat aggregate data/cooperation.csv --by partner --per year --stats mean,median,sd --from 2013

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
#include "coopstat/aggregation.hpp"
#include "coopstat/error.hpp"

namespace coopstat {
namespace {

constexpr std::array<const char*, 3> kDefaultStats{"count", "sum", "share"};

class AggregateCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    add_parsed_list_option(
        app, "--by", keys_, [](const auto& names) { return parse_keys(names, "--by"); },
        key_help("group by these keys, comma-separated (default: no grouping):"))
        ->type_name("KEYS");
    add_parsed_list_option(app, "--stats", measures_, parse_measures,
                           "statistics to compute, comma-separated:" + measure_help())
        ->type_name("LIST")
        ->default_str(fmt::format("[{}]", fmt::join(kDefaultStats, ",")));
    add_parsed_option(app, "--per", per_, parse_key,
                      "describe each group's totals per KEY (with year: the years of the span without rows count as 0, "
                      "or are left out, as --gaps says)")
        ->type_name("KEY");
    add_gaps_option(app, gaps_);
    add_parsed_option(app, "--sort", sort_, parse_measure,
                      "sort by this statistic, largest first (default: by the keys)")
        ->type_name("STAT");
    app.add_flag("--asc", ascending_, "with --sort: smallest first");
    add_count_option(app, "--top", top_, "keep the first N groups after sorting (0: all)")->capture_default_str();
    app.add_flag("--bars", bars_, "in formats for people: a bar of the --sort statistic (or the first one)");
    app.final_callback([this] {
      AggregationPlan asked;
      asked.keys = keys_;
      asked.per = per_;
      check_plan(asked);
      sort_column_ = sort_column();
    });
  }

  [[nodiscard]] std::string_view totals_help() const override {
    return "add a (total) row: the statistics over all the rows kept, in every format";
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    const Table& table = query.table();
    const std::vector<Key>& keys = keys_;
    const std::vector<Measure>& measures = measures_;
    const Measure* sort_by = sort_column_ ? &measures[*sort_column_] : nullptr;
    AggregationPlan plan{keys, per_, distinct_keys_of(measures), stat_needs_of(measures)};
    const GapsRule gaps = choose_gaps(gaps_, input.report);
    plan.gaps = gaps.gaps;
    // With a total row, the statistics over every kept row as if they were one group, from the same pass.
    std::vector<AggregationPlan> plans{plan};
    const bool total_row = input.totals && !keys.empty();
    if (total_row) plans.push_back({{}, plan.per, plan.distinct_keys, plan.needs, plan.gaps});
    const std::vector<Aggregation> aggregations = aggregate(query, plans);
    const Aggregation& aggregation = aggregations.front();

    ResultTable result{title(query, keys, plan.per), {}, {}};
    for (const Key key : keys) result.columns.push_back(key_column(key));
    for (const Measure& measure : measures) result.columns.push_back(measure_column(measure, table));

    std::vector<std::size_t> order = order_groups(aggregation, table, sort_by, ascending_);
    if (top_ > 0 && order.size() > top_) order.resize(top_);
    for (const std::size_t group : order) {
      std::vector<Cell> row;
      for (std::size_t k = 0; k < keys.size(); ++k)
        row.push_back(key_cell(table, keys[k], aggregation.groups.value(group, k)));
      for (const Measure& measure : measures) row.push_back(measure_cell(aggregation, group, measure, table));
      result.rows.push_back(std::move(row));
    }
    // Bars compare the groups, so they are drawn before a total row joins them.
    if (bars_ && format_info(input.format).for_people && !measures.empty()) {
      append_bars(result, sort_by != nullptr ? sort_by->name : measures.front().name);
    }
    if (total_row) {
      result.add_total_row(all_rows(aggregations.back(), keys.size(), measures, table));
      if (bars_ && format_info(input.format).for_people && !measures.empty())
        result.rows.back().emplace_back(std::string());
    }
    CommandOutput output{result};
    if (plan.per == Key::year)
      tell_gaps(gaps, aggregation.years_without_rows, "year", output.tables.front(), output.messages);
    return output;
  }

 private:
  // The column of the --sort statistic among --stats: one of the statistics computed.
  [[nodiscard]] std::optional<std::size_t> sort_column() const {
    if (!sort_) return std::nullopt;
    const auto it =
        std::find_if(measures_.begin(), measures_.end(), [this](const Measure& m) { return m.name == sort_->name; });
    if (it == measures_.end()) {
      std::vector<std::string> names;
      for (const Measure& measure : measures_) names.push_back(measure.name);
      throw usage_error(fmt::format("--sort {}: not one of the statistics computed (--stats {})", sort_->name,
                                    fmt::join(names, ",")));
    }
    return static_cast<std::size_t>(it - measures_.begin());
  }

  // The statistics over every kept row, as if they were one group; the first key cell says so.
  static std::vector<Cell> all_rows(const Aggregation& all, std::size_t key_count, const std::vector<Measure>& measures,
                                    const Table& table) {
    std::vector<Cell> row(key_count);
    row[0] = std::string(kTotalLabel);
    for (const Measure& measure : measures)
      row.push_back(all.groups.size() > 0 ? measure_cell(all, 0, measure, table) : absent_group_cell(measure, table));
    return row;
  }

  static std::string title(const Query& query, const std::vector<Key>& keys, std::optional<Key> per) {
    std::vector<std::string_view> names;
    for (const Key key : keys) names.push_back(key_name(key));
    std::string text =
        keys.empty() ? "Statistics of all rows" : fmt::format("Statistics by {}", fmt::join(names, ", "));
    if (per) text += fmt::format(" of the totals per {}", key_name(*per));
    return filtered_title(std::move(text), query);
  }

  std::vector<Key> keys_;
  std::vector<Measure> measures_ = parse_measures({kDefaultStats.begin(), kDefaultStats.end()});
  std::optional<Key> per_;
  std::optional<Measure> sort_;
  std::optional<std::size_t> sort_column_;
  bool ascending_ = false;
  std::size_t top_ = 0;
  bool bars_ = false;
  std::optional<Gaps> gaps_;
};

}  // namespace

std::unique_ptr<Command> make_aggregate_command() { return std::make_unique<AggregateCommand>(); }

}  // namespace coopstat
