// pivot — a cross-tab of two keys, with row and column totals.
//
// Answers: how did each partner's agreements spread over the years; which fields grew in which years?
//
//   coopstat pivot data/cooperation.csv --rows partner --cols year --from 2018
//   coopstat pivot data/cooperation.csv --rows field --cols type --stat count
//
// A cell is the statistic over the rows of its row value and column value. The total column is the statistic
// over the whole row, the total row over the whole column, the corner over everything: for count and sum these
// are the sums of the cells; for other statistics they are computed, not added. A combination without rows is 0
// for count, sum and share under --gaps zero (a list of events), and empty under --gaps missing (measurements) and
// for the other statistics. Years run over the whole span, a year without rows included.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <array>
#include <unordered_map>

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

constexpr std::string_view kTotal = "total";

// The values of one axis in order, each with its group in the one-key aggregation (if it has rows).
struct Axis {
  std::vector<std::uint32_t> values;
  std::vector<std::optional<std::size_t>> groups;
};

Axis make_axis(const Aggregation& by_key, const std::vector<std::size_t>& order, Key key) {
  Axis axis;
  if (key == Key::year) {
    // Every year of the span, so that gaps show as zeros.
    const YearSpan& span = by_key.span;
    std::unordered_map<std::uint32_t, std::size_t> group_of_year;
    for (std::size_t group = 0; group < by_key.groups.size(); ++group)
      group_of_year[by_key.groups.value(group, 0)] = group;
    for (int year = span.first; year <= span.last; ++year) {
      const auto value = static_cast<std::uint32_t>(year);
      axis.values.push_back(value);
      const auto it = group_of_year.find(value);
      axis.groups.push_back(it == group_of_year.end() ? std::nullopt : std::optional(it->second));
    }
    return axis;
  }
  for (const std::size_t group : order) {
    axis.values.push_back(by_key.groups.value(group, 0));
    axis.groups.emplace_back(group);
  }
  return axis;
}

enum class RowOrder { key, total };

constexpr std::array<Choice<RowOrder>, 2> kRowOrders{{
    {"key", "years ascending, names in byte order", RowOrder::key},
    {"total", "largest total first", RowOrder::total},
}};

class PivotCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    add_parsed_option(app, "--rows", row_key_, parse_key, key_help("the key down the side:"))
        ->required()
        ->type_name("KEY");
    add_parsed_option(app, "--cols", col_key_, parse_key, "the key across the top (same keys)")
        ->required()
        ->type_name("KEY");
    add_parsed_option(app, "--stat", measure_, parse_measure, "the statistic in each cell:" + measure_help())
        ->default_str(measure_.name)
        ->type_name("STAT");
    add_choice_option(app, "--sort", row_order_, kRowOrders, "row order", "order of the rows:")->type_name("ORDER");
    add_gaps_option(app, gaps_);
    app.final_callback([this] {
      if (row_key_ == col_key_) throw usage_error(fmt::format("--rows and --cols are both {}", key_name(row_key_)));
    });
  }

  [[nodiscard]] std::string_view totals_help() const override {
    return "the (total) row and total column in csv, tsv and json too (always in table and markdown)";
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    const Table& table = query.table();
    const Key row_key = row_key_;
    const Key col_key = col_key_;
    const Measure& measure = measure_;
    const Measure measures[] = {measure};
    const std::vector<Key> distinct = distinct_keys_of(measures);
    const StatNeeds needs = stat_needs_of(measures);

    const AggregationPlan plans[] = {{{row_key, col_key}, std::nullopt, distinct, needs},
                                     {{row_key}, std::nullopt, distinct, needs},
                                     {{col_key}, std::nullopt, distinct, needs},
                                     {{}, std::nullopt, distinct, needs}};
    const std::vector<Aggregation> aggregations = aggregate(query, plans);
    const Aggregation& cells = aggregations[0];
    const Aggregation& by_row = aggregations[1];
    const Aggregation& by_col = aggregations[2];
    const Aggregation& all = aggregations[3];

    const bool by_total = row_order_ == RowOrder::total && row_key != Key::year;
    const Axis rows = make_axis(by_row, order_groups(by_row, table, by_total ? &measure : nullptr, false), row_key);
    const Axis cols = make_axis(by_col, order_groups(by_col, table, nullptr, false), col_key);

    std::unordered_map<std::uint64_t, std::size_t> cell_group;
    for (std::size_t group = 0; group < cells.groups.size(); ++group)
      cell_group[(std::uint64_t{cells.groups.value(group, 0)} << 32) | cells.groups.value(group, 1)] = group;
    const GapsRule gaps = choose_gaps(gaps_, input.report);
    std::size_t gap_count = 0;
    const auto cell_of = [&](const Aggregation& aggregation, std::optional<std::size_t> group) -> Cell {
      if (group) return measure_cell(aggregation, *group, measure, table);
      if (gaps.gaps == Gaps::missing) return {};
      return absent_group_cell(measure, table);
    };

    ResultTable result{title(query, row_key, col_key, measure), {key_column(row_key)}, {}};
    for (const std::uint32_t value : cols.values) {
      Column column = measure_column(measure, table);
      column.name = key_text(table, col_key, value);
      result.columns.push_back(std::move(column));
    }
    Column total_column = measure_column(measure, table);
    total_column.name = kTotal;
    total_column.total = true;
    result.columns.push_back(total_column);

    for (std::size_t r = 0; r < rows.values.size(); ++r) {
      std::vector<Cell> row{key_cell(table, row_key, rows.values[r])};
      for (const std::uint32_t col_value : cols.values) {
        const auto it = cell_group.find((std::uint64_t{rows.values[r]} << 32) | col_value);
        // Only a statistic that adds up reads a combination without rows as 0; that is where the rule matters.
        if (it == cell_group.end() && is_additive(measure)) ++gap_count;
        row.push_back(cell_of(cells, it == cell_group.end() ? std::nullopt : std::optional(it->second)));
      }
      row.push_back(cell_of(by_row, rows.groups[r]));
      result.rows.push_back(std::move(row));
    }
    std::vector<Cell> total_row{std::string(kTotalLabel)};
    for (const auto& group : cols.groups) total_row.push_back(cell_of(by_col, group));
    total_row.push_back(cell_of(all, all.groups.size() > 0 ? std::optional<std::size_t>(0) : std::nullopt));
    result.add_total_row(std::move(total_row));
    CommandOutput output{result};
    tell_gaps(gaps, gap_count, "combination", output.tables.front(), output.messages);
    return output;
  }

 private:
  static std::string title(const Query& query, Key rows, Key cols, const Measure& measure) {
    return filtered_title(fmt::format("{} by {} × {}", measure.name, key_name(rows), key_name(cols)), query);
  }

  Key row_key_ = Key::partner;
  Key col_key_ = Key::year;
  Measure measure_ = parse_measure("sum");
  RowOrder row_order_ = RowOrder::key;
  std::optional<Gaps> gaps_;
};

}  // namespace

std::unique_ptr<Command> make_pivot_command() { return std::make_unique<PivotCommand>(); }

}  // namespace coopstat
