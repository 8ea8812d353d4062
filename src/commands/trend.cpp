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
// The series runs over the span: the first to the last year of the rows kept. A year without rows is 0 under
// --gaps zero (a list of events) and missing under --gaps missing (measurements: a wide table, empty cells); the
// statistics then use the years observed, at their real distance. Statistics that need more years than the series
// has are empty (docs/trend.md says which).

#include "coopstat/trend.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>

#include "charts.hpp"
#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/gaps_option.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "commands/relation_measures.hpp"
#include "commands/title.hpp"
#include "coopstat/error.hpp"
#include "coopstat/totals.hpp"
#include "suggest.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

// A series to report: its key value (none for the overall series), the totals of every year of the span, the
// points its statistics use (every year, or under --gaps missing the years with rows) and its statistics.
struct Reported {
  std::uint32_t value = 0;
  std::string subject;  ///< with --measure: the pair or country (value is unused)
  std::vector<KeyTotal> years;
  YearSeries series;
  Sum total;
  TrendStats stats;
};

// A statistic series are ranked by; empty where undefined.
using Statistic = std::optional<double> (*)(const Reported&);

std::optional<double> cagr(const Reported& r) { return r.stats.cagr_pct; }
std::optional<double> slope(const Reported& r) {
  return r.stats.least_squares ? std::optional(r.stats.least_squares->slope) : std::nullopt;
}
std::optional<double> sen(const Reported& r) { return r.stats.sen_slope; }
std::optional<double> change(const Reported& r) { return r.stats.change; }
std::optional<double> change_pct(const Reported& r) { return r.stats.change_pct; }
std::optional<double> total(const Reported& r) { return r.total.value(); }

// A --sort name and the statistics it compares, in order: the one asked, then the next most telling ones for a
// tie (a name alone says nothing about growth); nullptr ends a shorter list. The key breaks the last tie.
struct SortInfo {
  std::string_view name;
  std::string_view help;
  std::array<Statistic, 4> order;
};

constexpr std::array<SortInfo, 6> kSorts{{
    {"cagr", "compound annual growth rate, first to last year", {cagr, sen, slope, total}},
    {"slope", "least-squares slope, agreements a year", {slope, sen, total, nullptr}},
    {"sen", "Sen's slope: the median of the slopes between pairs of years", {sen, slope, total, nullptr}},
    {"change", "last year's total minus the first year's", {change, sen, slope, total}},
    {"pct", "that change as a % of the first year's total", {change_pct, sen, slope, total}},
    {"total", "the total over all years", {total, sen, slope, nullptr}},
}};

// Whether `a` ranks before `b` on `statistic`, largest first and undefined last; nullopt for a tie.
std::optional<bool> ranks_before(Statistic statistic, const Reported& a, const Reported& b) {
  const auto va = statistic(a), vb = statistic(b);
  if (va.has_value() != vb.has_value()) return va.has_value();
  if (va && *va != *vb) return *va > *vb;
  return std::nullopt;
}

Cell optional_whole_or_real(const std::optional<double>& value, bool whole) {
  if (!value) return {};
  if (whole) return static_cast<std::int64_t>(*value);
  return *value;
}

class TrendCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    const auto series_key = [](std::string_view name) {
      const Key key = parse_key(name);
      if (key == Key::year) throw usage_error("--by year: a trend is over the years; group by partner, field or type");
      return key;
    };
    add_parsed_option(app, "--by", key_, series_key,
                      "one series per value of this key: partner, field or type (default: one series of all rows)")
        ->type_name("KEY");
    app.add_flag("--series", series_,
                 "print the yearly values in long form (key, year, value, change, "
                 "change_pct, moving_avg, cumulative) instead of the statistics");
    add_count_option(app, "--window", window_, "with --series: years in the trailing moving average")
        ->capture_default_str();
    const auto sort = [](std::string_view name) { return &find_named<SortInfo>(kSorts, name, "trend statistic"); };
    add_parsed_option(app, "--sort", sort_, sort,
                      choices_help("rank the series by this statistic, largest first (default: by key):", kSorts))
        ->type_name("STAT");
    add_count_option(app, "--top", top_, "keep the first N series after sorting (0: all)")->capture_default_str();
    app.add_option("--min-total", min_total_, "leave out series whose total is below N")->type_name("N");
    app.add_option("--alpha", alpha_, "significance level of the Mann–Kendall test for the trend label")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    add_gaps_option(app, gaps_);
    const auto measure = [](std::string_view name) { return &parse_relation_measure(name); };
    add_parsed_option(
        app, "--measure", measure_, measure,
        choices_help(
            "in a bilateral table: follow a measure of each pair (--by pair) or country (--by "
            "partner) over the years, a network per year, pairs unordered unless --pairs ordered (docs/network.md):",
            relation_measures()))
        ->type_name("MEASURE");
    app.final_callback([this] {
      if (window_ == 0) throw usage_error("--window: a moving average needs at least 1 year");
      if (measure_ != nullptr) check_measure_options();
    });
  }

  // Relations of co-operation have no direction, as in links and network.
  [[nodiscard]] PairOrder default_pair_order() const override {
    return measure_ != nullptr ? PairOrder::unordered : PairOrder::ordered;
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    const Query& query = input.query;
    const std::optional<Key> key = key_;
    const SortInfo* sort = sort_;
    // A measure says itself what a year without a link is; its undefined years are missing.
    const GapsRule gaps = measure_ != nullptr ? GapsRule{Gaps::missing, false, {}} : choose_gaps(gaps_, input.report);

    std::vector<Reported> reported =
        measure_ != nullptr ? collect_measure(query, input.pairs) : collect(query, key, gaps.gaps);
    order(reported, query.table(), key, sort);
    ResultTable result = series_ ? long_form(query, key, reported, gaps.gaps)
                                 : statistics(query, key, reported, gaps.gaps, format_info(input.format).for_people);
    result.chart = chart(reported, gaps.gaps);
    CommandOutput output{result};
    std::size_t gap_count = 0;
    for (const Reported& r : reported)
      gap_count += static_cast<std::size_t>(
          std::count_if(r.years.begin(), r.years.end(), [](const KeyTotal& year) { return year.rows == 0; }));
    if (measure_ != nullptr)
      output.tables.front().note = undefined_note(gap_count);
    else
      tell_gaps(gaps, gap_count, "year", output.tables.front(), output.messages);
    return output;
  }

 private:
  // Whether year `i` of a series has a value: always under --gaps zero, only with rows under --gaps missing.
  static bool has_value(const Reported& r, std::size_t i, Gaps gaps) {
    return gaps == Gaps::zero || r.years[i].rows > 0;
  }

  [[nodiscard]] std::vector<Reported> collect(const Query& query, std::optional<Key> key, Gaps gaps) const {
    std::vector<Reported> reported;
    const auto add = [&](std::uint32_t value, std::vector<KeyTotal> years, Sum total) {
      if (min_total_ && total.value() < *min_total_) return;
      Reported r{value, {}, std::move(years), {}, total, {}};
      for (std::size_t i = 0; i < r.years.size(); ++i) {
        if (!has_value(r, i, gaps)) continue;
        r.series.years.push_back(static_cast<int>(r.years[i].value));
        r.series.values.push_back(r.years[i].sum.value());
      }
      r.stats = trend_of(r.series);
      reported.push_back(std::move(r));
    };
    if (key) {
      for (GroupSeries& group : yearly_totals_by(query, *key)) add(group.value, std::move(group.years), group.total);
      return reported;
    }
    std::vector<KeyTotal> years = yearly_totals(query);
    if (years.empty()) return reported;
    Sum total;
    for (const KeyTotal& year : years) total.add(year.sum.value());
    add(0, std::move(years), total);
    return reported;
  }

  void check_measure_options() const {
    const bool of_pairs = measure_->subject == RelationSubject::pair;
    const Key wanted = of_pairs ? Key::pair : Key::partner;
    if (key_ != wanted)
      throw usage_error(fmt::format("--measure {}: a measure of each {}, so --by {}", measure_->name,
                                    of_pairs ? "pair" : "country", key_name(wanted)));
    if (gaps_)
      throw usage_error(
          fmt::format("--gaps: with --measure the measure says what a year without a link is (docs/network.md)"));
  }

  // One series per pair or country of the yearly networks; a year where the measure is undefined has no rows.
  [[nodiscard]] std::vector<Reported> collect_measure(const Query& query, PairOrder pairs) const {
    const RelationSeriesSet set = relation_series(query, pairs, *measure_);
    std::vector<Reported> reported;
    for (const RelationSeries& series : set.series) {
      Reported r;
      r.subject = series.subject;
      for (std::size_t i = 0; i < series.values.size(); ++i) {
        KeyTotal year;
        year.value = static_cast<std::uint32_t>(set.first_year + static_cast<int>(i));
        if (const auto& value = series.values[i]) {
          year.sum.add(*value);
          year.rows = 1;
          r.series.years.push_back(static_cast<int>(year.value));
          r.series.values.push_back(*value);
          r.total.add(*value);
        }
        r.years.push_back(year);
      }
      if (min_total_ && r.total.value() < *min_total_) continue;
      r.stats = trend_of(r.series);
      reported.push_back(std::move(r));
    }
    return reported;
  }

  [[nodiscard]] std::string undefined_note(std::size_t count) const {
    if (count == 0) return {};
    return fmt::format("{} where {} is undefined (a margin of 0, or a country not in that year's network): left empty",
                       plural(count, "year"), measure_->name);
  }

  // Whether the values are whole numbers: the counts, or a measure's values.
  [[nodiscard]] bool values_whole(const Table& table) const {
    return table.counts_whole() && (measure_ == nullptr || measure_->whole_with_counts);
  }
  [[nodiscard]] Column value_column(const Table& table, std::string name) const {
    if (values_whole(table)) return {std::move(name), ColumnKind::integer};
    return {std::move(name), ColumnKind::decimal, 2};
  }
  [[nodiscard]] Cell value_cell(const Table& table, const Sum& value) const {
    return values_whole(table) ? total_cell(value) : Cell{value.value()};
  }
  [[nodiscard]] static Cell subject_cell(const Table& table, std::optional<Key> key, const Reported& r) {
    return r.subject.empty() ? key_cell(table, *key, r.value) : Cell{r.subject};
  }

  void order(std::vector<Reported>& reported, const Table& table, std::optional<Key> key, const SortInfo* sort) const {
    std::stable_sort(reported.begin(), reported.end(), [&](const Reported& a, const Reported& b) {
      if (sort != nullptr)
        for (const Statistic statistic : sort->order)
          if (statistic != nullptr)
            if (const auto before = ranks_before(statistic, a, b)) return *before;
      if (!a.subject.empty()) return a.subject < b.subject;
      return key && key_less(table, *key, a.value, b.value);
    });
    if (top_ > 0 && reported.size() > top_) reported.resize(top_);
  }

  // What a table shows: of the yearly totals, or "… of MEASURE".
  [[nodiscard]] std::string what(std::string_view shown) const {
    return measure_ != nullptr ? fmt::format("{} of {}", shown, measure_->name) : std::string(shown);
  }

  [[nodiscard]] static std::string title(const Query& query, std::optional<Key> key, std::string_view what) {
    return filtered_title(key ? fmt::format("{} by {}", what, key_name(*key)) : std::string(what), query);
  }

  // The total of year `i` of a series, or an empty cell where it has no value.
  [[nodiscard]] Cell year_cell(const Table& table, const Reported& r, std::size_t i, Gaps gaps) const {
    return has_value(r, i, gaps) ? value_cell(table, r.years[i].sum) : Cell{};
  }

  [[nodiscard]] ResultTable statistics(const Query& query, std::optional<Key> key,
                                       const std::vector<Reported>& reported, Gaps gaps, bool for_people) const {
    const Table& table = query.table();
    const bool whole = values_whole(table);
    Column change = value_column(table, "change");
    change.explicit_sign = true;
    ResultTable result{title(query, key, what("Trend")), {}, {}};
    if (key) result.columns.push_back(key_column(*key));
    result.columns.insert(result.columns.end(), {{"first_year", ColumnKind::year},
                                                 value_column(table, "first"),
                                                 {"last_year", ColumnKind::year},
                                                 value_column(table, "last"),
                                                 change,
                                                 percent_column("change_pct", true),
                                                 percent_column("cagr_pct", true),
                                                 {"mean", ColumnKind::decimal, 2},
                                                 {"peak_year", ColumnKind::year},
                                                 {"slope", ColumnKind::decimal, 2, true},
                                                 {"intercept", ColumnKind::decimal, 2},
                                                 {"r2", ColumnKind::decimal, 3},
                                                 {"sen_slope", ColumnKind::decimal, 2, true},
                                                 {"mk_s", ColumnKind::integer, 0, true},
                                                 {"mk_z", ColumnKind::decimal, 2, true},
                                                 {"mk_p", ColumnKind::decimal, 4},
                                                 {"trend", ColumnKind::text}});
    // People see a sparkline; programs get the values themselves, a column per year of the span.
    if (for_people) {
      result.columns.push_back({"sparkline", ColumnKind::text});
    } else if (!reported.empty()) {
      for (const KeyTotal& year : reported.front().years)
        result.columns.push_back(value_column(table, fmt::format("{}", year.value)));
    }

    for (const Reported& r : reported) {
      const TrendStats& s = r.stats;
      std::vector<Cell> row;
      if (key) row.push_back(subject_cell(table, key, r));
      const auto& fit = s.least_squares;
      const auto& test = s.mann_kendall;
      // The first and last years with a value, and their totals.
      const int first_year = r.series.years.front(), last_year = r.series.years.back();
      const auto span_first = static_cast<int>(r.years.front().value);
      const Sum& first = r.years[static_cast<std::size_t>(first_year - span_first)].sum;
      const Sum& last = r.years[static_cast<std::size_t>(last_year - span_first)].sum;
      row.insert(
          row.end(),
          {std::int64_t{first_year}, value_cell(table, first), std::int64_t{last_year}, value_cell(table, last),
           optional_whole_or_real(s.change, whole), optional_cell(s.change_pct), optional_cell(s.cagr_pct), s.mean,
           std::int64_t{s.peak_year}, fit ? Cell{fit->slope} : Cell{}, fit ? Cell{fit->intercept} : Cell{},
           fit ? optional_cell(fit->r_squared) : Cell{}, optional_cell(s.sen_slope),
           test ? Cell{static_cast<std::int64_t>(test->s)} : Cell{}, test ? optional_cell(test->z) : Cell{},
           test ? optional_cell(test->p) : Cell{}, trend_direction(s, alpha_)});
      if (for_people) {
        std::vector<std::optional<double>> values;
        for (std::size_t i = 0; i < r.years.size(); ++i)
          values.push_back(has_value(r, i, gaps) ? std::optional(r.years[i].sum.value()) : std::nullopt);
        row.emplace_back(sparkline(values));
      } else {
        for (std::size_t i = 0; i < r.years.size(); ++i) row.push_back(year_cell(table, r, i, gaps));
      }
      result.rows.push_back(std::move(row));
    }
    return result;
  }

  [[nodiscard]] ResultTable long_form(const Query& query, std::optional<Key> key, const std::vector<Reported>& reported,
                                      Gaps gaps) const {
    const Table& table = query.table();
    Column change = value_column(table, "change");
    change.explicit_sign = true;
    ResultTable result{
        title(query, key, what(fmt::format("Yearly series (moving average over {} years)", window_))), {}, {}};
    if (key) result.columns.push_back(key_column(*key));
    result.columns.insert(result.columns.end(), {{"year", ColumnKind::year},
                                                 value_column(table, "value"),
                                                 change,
                                                 percent_column("change_pct", true),
                                                 {"moving_avg", ColumnKind::decimal, 2},
                                                 value_column(table, "cumulative")});
    for (const Reported& r : reported) {
      Sum cumulative;
      for (std::size_t i = 0; i < r.years.size(); ++i) {
        const bool here = has_value(r, i, gaps);
        // A change is from the year before; across a gap there is none.
        const bool from_previous = here && i > 0 && has_value(r, i - 1, gaps);
        if (here) cumulative.add(r.years[i].sum.value());
        std::vector<Cell> row;
        if (key) row.push_back(subject_cell(table, key, r));
        row.insert(row.end(), {std::int64_t{r.years[i].value}, year_cell(table, r, i, gaps),
                               from_previous ? change_cell(r.years[i].sum, r.years[i - 1].sum) : Cell{},
                               from_previous ? percent_change_cell(r.years[i].sum, r.years[i - 1].sum) : Cell{},
                               moving_average(r, i, gaps), here ? value_cell(table, cumulative) : Cell{}});
        result.rows.push_back(std::move(row));
      }
    }
    return result;
  }

  // One line per series reported, over the years of the span where every series has a value (a line cannot skip a
  // year, and a gap drawn as 0 would be a value nobody measured).
  [[nodiscard]] static Chart chart(const std::vector<Reported>& reported, Gaps gaps) {
    Chart chart{"Agreements per year", "agreements", {}, std::vector<std::vector<double>>(reported.size())};
    if (reported.empty()) return chart;
    for (std::size_t i = 0; i < reported.front().years.size(); ++i) {
      if (!std::all_of(reported.begin(), reported.end(), [&](const Reported& r) { return has_value(r, i, gaps); }))
        continue;
      chart.x.push_back(fmt::format("{}", reported.front().years[i].value));
      for (std::size_t line = 0; line < reported.size(); ++line)
        chart.lines[line].push_back(reported[line].years[i].sum.value());
    }
    return chart;
  }

  // The mean of the `window_` years ending at `end`; empty while fewer years have passed or one has no value.
  [[nodiscard]] Cell moving_average(const Reported& r, std::size_t end, Gaps gaps) const {
    if (end + 1 < window_) return {};
    Sum sum;
    for (std::size_t i = end + 1 - window_; i <= end; ++i) {
      if (!has_value(r, i, gaps)) return {};
      sum.add(r.years[i].sum.value());
    }
    return sum.value() / static_cast<double>(window_);
  }

  std::optional<Key> key_;
  bool series_ = false;
  std::size_t window_ = 3;
  const SortInfo* sort_ = nullptr;
  std::size_t top_ = 0;
  std::optional<double> min_total_;
  double alpha_ = 0.05;
  std::optional<Gaps> gaps_;
  const RelationMeasure* measure_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_trend_command() { return std::make_unique<TrendCommand>(); }

}  // namespace coopstat
