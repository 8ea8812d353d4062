// trend — who is growing, how fast, and how surely.
//
// Answers: how did the yearly totals change from the first year to the last, at what compound rate, along
// which straight line, and is the rise or fall a trend or noise (Mann–Kendall)? Overall, or per partner, field
// or type, ranked by growth.
//
//   coopstat trend data/cooperation.csv
//   coopstat trend data/cooperation.csv --by partner --sort sen --top 10 --min-total 10
//   coopstat trend data/cooperation.csv --by field --series --window 3 --format csv > fields.csv
//
// The series runs over every year of the span (--from/--to, or the data's first to last year), a year without
// rows being 0. Statistics that need more years than the series has are empty (docs/trend.md says which).

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/options.hpp"
#include "coopstat/error.hpp"
#include "coopstat/suggest.hpp"
#include "coopstat/totals.hpp"
#include "coopstat/charts.hpp"
#include "coopstat/trend.hpp"

namespace coopstat {
namespace {

// A series to report: its key value (none for the overall series), its yearly totals and its statistics.
struct Reported {
  std::uint32_t value = 0;
  YearSeries series;
  std::vector<Sum> years;
  Sum total;
  TrendStats stats;
};

// The ranking statistics of --sort.
struct SortInfo {
  std::string_view name;
  std::optional<double> (*value)(const Reported&);
};

constexpr std::array<SortInfo, 6> kSorts{{
    {"cagr", [](const Reported& r) { return r.stats.cagr_pct; }},
    {"slope", [](const Reported& r) {
       return r.stats.least_squares ? std::optional(r.stats.least_squares->slope) : std::nullopt;
     }},
    {"sen", [](const Reported& r) { return r.stats.sen_slope; }},
    {"change", [](const Reported& r) { return r.stats.change; }},
    {"pct", [](const Reported& r) { return r.stats.change_pct; }},
    {"total", [](const Reported& r) { return std::optional(r.total.value()); }},
}};

Cell optional_whole_or_real(const std::optional<double>& value, bool whole) {
  if (!value) return {};
  if (whole) return static_cast<std::int64_t>(*value);
  return *value;
}

class TrendCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--by", key_name_, "one series per value of this key: partner, field or type (default: one "
                                      "series of all rows)")
        ->type_name("KEY");
    app.add_flag("--series", series_, "print the yearly values in long form (key, year, value, change, "
                                      "change_pct, moving_avg, cumulative) instead of the statistics");
    add_count_option(app, "--window", window_, "with --series: years in the trailing moving average")
        ->capture_default_str();
    app.add_option("--sort", sort_name_, "rank the series by cagr, slope, sen, change, pct or total, largest first "
                                         "(default: by key)")
        ->type_name("STAT");
    add_count_option(app, "--top", top_, "keep the first N series after sorting (0: all)")->capture_default_str();
    app.add_option("--min-total", min_total_, "leave out series whose total is below N")->type_name("N");
    app.add_option("--alpha", alpha_, "significance level of the Mann–Kendall test for the trend label")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    std::optional<Key> key;
    if (!key_name_.empty()) {
      key = parse_key(key_name_);
      if (*key == Key::year) throw usage_error("--by year: a trend is over the years; group by partner, field or type");
    }
    if (window_ == 0) throw usage_error("--window: a moving average needs at least 1 year");
    const SortInfo* sort = nullptr;
    if (!sort_name_.empty()) sort = &find_named<SortInfo>(kSorts, sort_name_, "trend statistic");

    std::vector<Reported> reported = collect(query, key);
    order(reported, query.table(), key, sort);
    ResultTable result = series_ ? long_form(query, key, reported)
                                 : statistics(query, key, reported, format_info(input.format).for_people);
    result.chart = chart(reported);
    return {result};
  }

 private:
  [[nodiscard]] std::vector<Reported> collect(const Query& query, std::optional<Key> key) const {
    std::vector<Reported> reported;
    const auto add = [&](std::uint32_t value, int first_year, std::vector<Sum> years, Sum total) {
      if (min_total_ && total.value() < *min_total_) return;
      Reported r{value, {first_year, {}}, std::move(years), total, {}};
      for (const Sum& year : r.years) r.series.values.push_back(year.value());
      r.stats = trend_of(r.series);
      reported.push_back(std::move(r));
    };
    if (key) {
      for (GroupSeries& group : yearly_totals_by(query, *key))
        add(group.value, group.first_year, std::move(group.years), group.total);
      return reported;
    }
    const std::vector<KeyTotal> years = yearly_totals(query);
    if (years.empty()) return reported;
    std::vector<Sum> totals;
    Sum total;
    for (const KeyTotal& year : years) {
      totals.push_back(year.total);
      total.add(year.total.value());
    }
    add(0, static_cast<int>(years.front().value), std::move(totals), total);
    return reported;
  }

  void order(std::vector<Reported>& reported, const Table& table, std::optional<Key> key, const SortInfo* sort) const {
    std::stable_sort(reported.begin(), reported.end(), [&](const Reported& a, const Reported& b) {
      if (sort != nullptr) {
        const auto va = sort->value(a), vb = sort->value(b);
        if (va.has_value() != vb.has_value()) return va.has_value();
        if (va && *va != *vb) return *va > *vb;
      }
      return key && key_less(table, *key, a.value, b.value);
    });
    if (top_ > 0 && reported.size() > top_) reported.resize(top_);
  }

  [[nodiscard]] static std::string title(const Query& query, std::optional<Key> key, std::string_view what) {
    std::string text = key ? fmt::format("{} by {}", what, key_name(*key)) : std::string(what);
    if (const std::string filters = query.description(); !filters.empty()) text += " (" + filters + ")";
    return text;
  }

  [[nodiscard]] ResultTable statistics(const Query& query, std::optional<Key> key, const std::vector<Reported>& reported,
                                       bool for_people) const {
    const Table& table = query.table();
    const bool whole = table.counts_whole();
    Column change = total_column(table, "change");
    change.explicit_sign = true;
    ResultTable result{title(query, key, "Trend"), {}, {}};
    if (key) result.columns.push_back(key_column(*key));
    result.columns.insert(result.columns.end(),
                          {{"first_year", ColumnKind::year}, total_column(table, "first"), {"last_year", ColumnKind::year},
                           total_column(table, "last"), change, percent_column("change_pct", true),
                           percent_column("cagr_pct", true), {"mean", ColumnKind::decimal, 2},
                           {"peak_year", ColumnKind::year}, {"slope", ColumnKind::decimal, 2, true},
                           {"intercept", ColumnKind::decimal, 2}, {"r2", ColumnKind::decimal, 3},
                           {"sen_slope", ColumnKind::decimal, 2, true}, {"mk_s", ColumnKind::integer, 0, true},
                           {"mk_z", ColumnKind::decimal, 2, true}, {"mk_p", ColumnKind::decimal, 4},
                           {"trend", ColumnKind::text}});
    // People see a sparkline; programs get the values themselves, a column per year.
    const int first_year = reported.empty() ? 0 : reported.front().series.first_year;
    const std::size_t year_count = reported.empty() ? 0 : reported.front().series.values.size();
    if (for_people) {
      result.columns.push_back({"sparkline", ColumnKind::text});
    } else {
      for (std::size_t i = 0; i < year_count; ++i)
        result.columns.push_back(total_column(table, fmt::format("{}", first_year + static_cast<int>(i))));
    }

    for (const Reported& r : reported) {
      const TrendStats& s = r.stats;
      const auto& values = r.series.values;
      std::vector<Cell> row;
      if (key) row.push_back(key_cell(table, *key, r.value));
      const auto& fit = s.least_squares;
      const auto& test = s.mann_kendall;
      const int last_year = r.series.first_year + static_cast<int>(values.size()) - 1;
      row.insert(row.end(),
                 {std::int64_t{r.series.first_year}, total_cell(r.years.front()), std::int64_t{last_year},
                  total_cell(r.years.back()), optional_whole_or_real(s.change, whole), optional_cell(s.change_pct),
                  optional_cell(s.cagr_pct), s.mean, std::int64_t{s.peak_year},
                  fit ? Cell{fit->slope} : Cell{}, fit ? Cell{fit->intercept} : Cell{},
                  fit ? optional_cell(fit->r_squared) : Cell{}, optional_cell(s.sen_slope),
                  test ? Cell{static_cast<std::int64_t>(test->s)} : Cell{}, test ? optional_cell(test->z) : Cell{},
                  test ? optional_cell(test->p) : Cell{}, trend_direction(s, alpha_)});
      if (for_people) {
        row.emplace_back(sparkline(values));
      } else {
        for (const Sum& year : r.years) row.push_back(total_cell(year));
      }
      result.rows.push_back(std::move(row));
    }
    return result;
  }

  [[nodiscard]] ResultTable long_form(const Query& query, std::optional<Key> key,
                                      const std::vector<Reported>& reported) const {
    const Table& table = query.table();
    Column change = total_column(table, "change");
    change.explicit_sign = true;
    ResultTable result{title(query, key, fmt::format("Yearly series (moving average over {} years)", window_)), {}, {}};
    if (key) result.columns.push_back(key_column(*key));
    result.columns.insert(result.columns.end(), {{"year", ColumnKind::year}, total_column(table, "value"), change,
                                                 percent_column("change_pct", true), {"moving_avg", ColumnKind::decimal, 2},
                                                 total_column(table, "cumulative")});
    for (const Reported& r : reported) {
      Sum cumulative;
      for (std::size_t i = 0; i < r.years.size(); ++i) {
        cumulative.add(r.series.values[i]);
        std::vector<Cell> row;
        if (key) row.push_back(key_cell(table, *key, r.value));
        row.insert(row.end(), {std::int64_t{r.series.first_year + static_cast<int>(i)}, total_cell(r.years[i]),
                               i > 0 ? change_cell(r.years[i], r.years[i - 1]) : Cell{},
                               i > 0 ? percent_change_cell(r.years[i], r.years[i - 1]) : Cell{},
                               moving_average(r.series.values, i), total_cell(cumulative)});
        result.rows.push_back(std::move(row));
      }
    }
    return result;
  }

  // One line per series reported, over the years of the span.
  [[nodiscard]] static Chart chart(const std::vector<Reported>& reported) {
    Chart chart{"Agreements per year", "agreements", {}, {}};
    if (reported.empty()) return chart;
    for (std::size_t i = 0; i < reported.front().series.values.size(); ++i)
      chart.x.push_back(fmt::format("{}", reported.front().series.first_year + static_cast<int>(i)));
    for (const Reported& r : reported) chart.lines.push_back(r.series.values);
    return chart;
  }

  // The mean of the `window_` values ending at `end`; empty while fewer years have passed.
  [[nodiscard]] Cell moving_average(const std::vector<double>& values, std::size_t end) const {
    if (end + 1 < window_) return {};
    Sum sum;
    for (std::size_t i = end + 1 - window_; i <= end; ++i) sum.add(values[i]);
    return sum.value() / static_cast<double>(window_);
  }

  std::string key_name_;
  bool series_ = false;
  std::size_t window_ = 3;
  std::string sort_name_;
  std::size_t top_ = 0;
  std::optional<double> min_total_;
  double alpha_ = 0.05;
};

}  // namespace

std::unique_ptr<Command> make_trend_command() { return std::make_unique<TrendCommand>(); }

}  // namespace coopstat
