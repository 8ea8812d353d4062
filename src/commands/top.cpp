// top — the N largest groups of one key, with rank, share and cumulative share.
//
// Answers: who are the ten largest partners, and how much of all cooperation do they hold together?
//
//   coopstat top data/cooperation.csv --by partner -n 10
//   coopstat top data/cooperation.csv --by field --stat count
//
// Groups are ranked by the statistic, largest first, ties in key order; equal values still get distinct ranks
// (1, 2, 3…). The share and the cumulative share are defined for count and sum, which add up over groups;
// for other statistics those cells are empty.

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "commands/title.hpp"
#include "coopstat/aggregation.hpp"

namespace coopstat {
namespace {

class TopCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    add_parsed_option(app, "--by", key_, parse_key, key_help("rank the values of this key:"))
        ->required()
        ->type_name("KEY");
    add_count_option(app, "-n,--count", count_, "how many to list (0: all)")->capture_default_str();
    add_parsed_option(app, "--stat", measure_, parse_measure, "the statistic to rank by:" + measure_help())
        ->default_str(measure_.name)
        ->type_name("STAT");
    app.add_flag("--bars", bars_, "in formats for people: a bar of each share (or value)");
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    const Table& table = query.table();
    const Key key = key_;
    const Measure& measure = measure_;
    const Measure measures[] = {measure};
    const Aggregation aggregation =
        aggregate(query, {{key}, std::nullopt, distinct_keys_of(measures), stat_needs_of(measures)});

    std::vector<std::size_t> order = order_groups(aggregation, table, &measure, false);
    const std::size_t group_count = order.size();
    if (count_ > 0 && order.size() > count_) order.resize(count_);

    // Shares of count or sum: of all rows, or of the grand total.
    Sum whole;
    for (std::size_t group = 0; group < aggregation.groups.size(); ++group)
      whole.add(measure_value(aggregation, group, measure).value_or(0));
    const bool has_share = is_additive(measure) && whole.value() != 0;

    ResultTable result{
        filtered_title(fmt::format("Top {} {}s by {} of {}", order.size(), key_name(key), measure.name, group_count),
                       query),
        {{"rank", ColumnKind::integer},
         key_column(key),
         measure_column(measure, table),
         percent_column("share"),
         percent_column("cumulative_share")},
        {}};
    Sum cumulative;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
      const std::size_t group = order[rank];
      const double value = measure_value(aggregation, group, measure).value_or(0);
      cumulative.add(value);
      result.rows.push_back({static_cast<std::int64_t>(rank + 1),
                             key_cell(table, key, aggregation.groups.value(group, 0)),
                             measure_cell(aggregation, group, measure, table),
                             has_share ? Cell{percent_of(value, whole.value())} : Cell{},
                             has_share ? Cell{percent_of(cumulative.value(), whole.value())} : Cell{}});
    }
    if (bars_ && format_info(input.format).for_people) append_bars(result, has_share ? "share" : measure.name);
    return {result};
  }

 private:
  Key key_ = Key::partner;
  std::size_t count_ = 10;
  Measure measure_ = parse_measure("sum");
  bool bars_ = false;
};

}  // namespace

std::unique_ptr<Command> make_top_command() { return std::make_unique<TopCommand>(); }

}  // namespace coopstat
