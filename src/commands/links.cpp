// links — one row per country pair: the weight of the link and collaboration indices against the two margins.
//
// Answers: which partnerships are stronger than the partners' sizes alone would predict?
//
//   coopstat links data/pairs.csv
//   coopstat links data/pairs.csv --per year --index all --margin diagonal
//
// Pairs are unordered unless --pairs ordered (from, to). docs/network.md, "Links and indices", defines the indices
// and margins; docs/links.md the command.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "commands/cells.hpp"
#include "commands/command.hpp"
#include "commands/network_choices.hpp"
#include "commands/options.hpp"
#include "commands/parsed_option.hpp"
#include "commands/slicing_option.hpp"
#include "commands/title.hpp"
#include "coopstat/error.hpp"
#include "coopstat/link_indices.hpp"
#include "coopstat/loader.hpp"
#include "coopstat/totals.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

constexpr std::array<Choice<LinkIndex>, 6> kIndices{{
    {"cosine", "Salton's cosine C_ij / sqrt(C_i C_j)", LinkIndex::cosine},
    {"jaccard", "C_ij / (C_i + C_j - C_ij)", LinkIndex::jaccard},
    {"inclusion", "C_ij / min(C_i, C_j)", LinkIndex::inclusion},
    {"association", "association strength as bibliometrix: C_ij / (C_i C_j)", LinkIndex::association},
    {"association-vos", "association strength as VOSviewer: C_ij / (s_i s_j / 2W), from link strengths",
     LinkIndex::association_vos},
    {"affinity", "observed over expected: C_ij T / (C_i C_j), T the total of the margins", LinkIndex::affinity},
}};
constexpr std::array kDefaultIndices{LinkIndex::cosine, LinkIndex::association, LinkIndex::affinity};

enum class MarginKind { strength, diagonal, file };

constexpr std::array<Choice<MarginKind>, 3> kMargins{{
    {"strength", "each country's total link weight in the slice", MarginKind::strength},
    {"diagonal", "each country's self-pair rows (reporter = partner, e.g. domestic output)", MarginKind::diagonal},
    {"file", "each country's total in --totals-file over the slice's years", MarginKind::file},
}};

// What the rows are sorted by, each largest first but the pair (by the names of its two countries).
using SortKey = Choice<std::optional<LinkIndex>>;
constexpr std::array<SortKey, 8> kSortKeys{{
    {"weight", "", std::nullopt},
    {"pair", "", std::nullopt},
    {"cosine", "", LinkIndex::cosine},
    {"jaccard", "", LinkIndex::jaccard},
    {"inclusion", "", LinkIndex::inclusion},
    {"association", "", LinkIndex::association},
    {"association-vos", "", LinkIndex::association_vos},
    {"affinity", "", LinkIndex::affinity},
}};

std::string_view index_name(LinkIndex index) {
  return std::find_if(kIndices.begin(), kIndices.end(), [index](const auto& c) { return c.value == index; })->name;
}

std::vector<LinkIndex> parse_indices(const std::vector<std::string>& names) {
  const bool all = std::find(names.begin(), names.end(), "all") != names.end();
  if (all && names.size() > 1) throw usage_error("all names every index: give it alone, or name the indices");
  if (all) {
    std::vector<LinkIndex> all;
    for (const auto& choice : kIndices) all.push_back(choice.value);
    return all;
  }
  std::vector<LinkIndex> indices;
  for (const std::string& name : names) {
    const LinkIndex index = find_named<Choice<LinkIndex>>(kIndices, name, "index name").value;
    if (std::find(indices.begin(), indices.end(), index) != indices.end())
      throw usage_error(fmt::format("index \"{}\" is named twice", name));
    indices.push_back(index);
  }
  return indices;
}

SortKey parse_sort(std::string_view name) { return find_named<SortKey>(kSortKeys, name, "sort key"); }

// A margin or weight as a cell: a whole number as an integer (exact below 2^53), else a decimal.
Cell number_cell(double value) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (std::trunc(value) == value && std::abs(value) < kExact) return static_cast<std::int64_t>(value);
  return value;
}

std::string margin_description(MarginKind margin, bool directed) {
  switch (margin) {
    case MarginKind::strength:
      return directed ? "strength (out-strength of from, in-strength of to)" : "strength (total link weight)";
    case MarginKind::diagonal: return "diagonal (self-pair rows)";
    case MarginKind::file: return "file (--totals-file)";
  }
  return {};
}

std::string slicing_description(const Slicing& slicing) {
  switch (slicing.kind) {
    case SliceKind::whole: return {};
    case SliceKind::per_year: return ", per year";
    case SliceKind::window:
      return fmt::format(", moving windows of {}", plural(static_cast<std::size_t>(slicing.years), "year"));
    case SliceKind::cumulative: return ", cumulative";
  }
  return {};
}

class LinksCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    add_parsed_list_option(app, "--index", indices_, parse_indices,
                           choices_help("the indices to compute, a comma list or all (default: cosine, association, "
                                        "affinity):",
                                        kIndices))
        ->type_name("LIST");
    add_choice_option(app, "--margin", margin_, kMargins, "margin", "the size C_i each index weighs a link against:")
        ->type_name("MARGIN");
    app.add_option("--totals-file", totals_file_, "with --margin file: a table of partner, year, count")
        ->type_name("FILE");
    add_slicing_options(app, slicing_);
    add_parsed_option(app, "--sort", sort_, parse_sort,
                      "weight (the default), pair, or an index: largest first (pair: by names); within each slice")
        ->type_name("KEY");
    add_count_option(app, "-n,--top", top_, "keep the first N rows of each slice after sorting (0: all)")
        ->capture_default_str();
    app.final_callback([this, &app] {
      if (margin_ == MarginKind::file && totals_file_.empty())
        throw usage_error("--margin file needs --totals-file FILE (a table of partner, year, count)");
      if (margin_ != MarginKind::file && !totals_file_.empty())
        throw usage_error("--totals-file is read with --margin file only");
      if (sort_.value && std::find(indices_.begin(), indices_.end(), *sort_.value) == indices_.end())
        throw usage_error(fmt::format("--sort {}: not one of the indices computed (--index {})", sort_.name,
                                      fmt::join(index_names(), ",")));
      margin_given_ = app.count("--margin") > 0;
    });
  }

  [[nodiscard]] PairOrder default_pair_order() const override { return PairOrder::unordered; }

  // The totals file is read as the data is, with the same name resolution, so that spellings of a country meet.
  void prepare(LoadOptions& options) const override {
    totals_options_.names = options.names;
    totals_options_.numbers = options.numbers;
    totals_options_.threads = options.threads;
  }

  [[nodiscard]] CommandOutput execute(const CommandInput& input) const override {
    Network network = build_network(input.query, input.pairs, slicing_);
    const bool directed = network.directed();
    std::vector<std::string> messages;
    const CountryYearTotals totals = margin_ == MarginKind::file ? read_totals(messages) : CountryYearTotals{};

    const bool sliced = slicing_.kind != SliceKind::whole;
    std::vector<Column> columns;
    if (sliced)
      columns.push_back(slicing_.kind == SliceKind::per_year ? Column{"year", ColumnKind::year}
                                                             : Column{"years", ColumnKind::text});
    columns.push_back({directed ? "from" : "country_a", ColumnKind::text});
    columns.push_back({directed ? "to" : "country_b", ColumnKind::text});
    columns.push_back(total_column(input.query.table(), "weight"));
    const std::size_t margin_column = columns.size();
    columns.push_back({directed ? "margin_from" : "margin_a", ColumnKind::integer});
    columns.push_back({directed ? "margin_to" : "margin_b", ColumnKind::integer});
    for (const LinkIndex index : indices_)
      columns.push_back({std::string(index_name(index)), ColumnKind::decimal, index == LinkIndex::association ? 6 : 4});

    std::vector<std::vector<Cell>> rows;
    std::vector<std::string> empty_slices;
    std::array<std::size_t, 4> undefined{};  // links per Undefined reason
    std::size_t links = 0;
    bool whole_margins = true;
    // The indices of every link, before sorting and -n, for the network formats.
    Attributes link_attributes;
    for (const LinkIndex index : indices_) link_attributes.columns.push_back({std::string(index_name(index))});
    for (const Slice& slice : network.slices) {
      if (slice.links.empty()) empty_slices.push_back(slice.label());
      const Margins margins = margins_of(slice, network, totals);
      const std::vector<LinkValues> values =
          link_indices(slice, network.nodes.size(), directed, margins, std::span(indices_));
      links += slice.links.size();
      std::vector<std::size_t> order(slice.links.size());
      std::iota(order.begin(), order.end(), std::size_t{0});
      sort_links(order, slice, values);
      if (top_ > 0 && order.size() > top_) order.resize(top_);
      for (const LinkValues& link : values) ++undefined[static_cast<std::size_t>(link.undefined)];
      auto& exported = link_attributes.values.emplace_back();
      for (const LinkValues& link : values) {
        auto& cells = exported.emplace_back();
        for (const auto& value : link.values) cells.push_back(optional_cell(value));
      }
      for (const std::size_t i : order) {
        const Link& link = slice.links[i];
        std::vector<Cell>& row = rows.emplace_back();
        if (sliced)
          row.push_back(slicing_.kind == SliceKind::per_year ? Cell{std::int64_t{slice.first_year}}
                                                             : Cell{slice.label()});
        row.push_back(network.nodes[link.from]);
        row.push_back(network.nodes[link.to]);
        row.push_back(total_cell(link.weight));
        for (const auto& margin : {margins.from[link.from], margins.to[link.to]}) {
          row.push_back(margin ? number_cell(*margin) : Cell{});
          whole_margins = whole_margins && (!margin || std::holds_alternative<std::int64_t>(row.back()));
        }
        for (const auto& value : values[i].values) row.push_back(optional_cell(value));
      }
    }
    if (!whole_margins)
      for (const std::size_t column : {margin_column, margin_column + 1})
        columns[column] = {columns[column].name, ColumnKind::decimal, 2};

    if (!margin_given_)
      messages.push_back("margin: strength, each country's total link weight (--margin diagonal or file for others)");
    if (!empty_slices.empty())
      messages.push_back(fmt::format("no links (no rows, or self-pairs only) in {}: {}",
                                     plural(empty_slices.size(), "slice"), fmt::join(empty_slices, ", ")));
    if (const std::string note = undefined_note(undefined, links); !note.empty()) messages.push_back(note);

    ResultTable result{filtered_title(fmt::format("Links of {}, margin: {}{}", plural(rows.size(), "pair"),
                                                  margin_description(margin_, directed), slicing_description(slicing_)),
                                      input.query),
                       std::move(columns), std::move(rows)};
    CommandOutput output{result};
    output.messages = std::move(messages);
    output.network = NetworkDocument{std::move(network), result.title, {}, std::move(link_attributes)};
    return output;
  }

  [[nodiscard]] const Slicing* network_slicing() const override { return &slicing_; }

 private:
  std::vector<std::string> index_names() const {
    std::vector<std::string> names;
    for (const LinkIndex index : indices_) names.emplace_back(index_name(index));
    return names;
  }

  Margins margins_of(const Slice& slice, const Network& network, const CountryYearTotals& totals) const {
    switch (margin_) {
      case MarginKind::strength: return strength_margins(slice, network.nodes.size(), network.directed());
      case MarginKind::diagonal: return diagonal_margins(slice);
      case MarginKind::file: return file_margins(slice, network.nodes, totals);
    }
    return {};
  }

  // Orders a slice's links (indices into slice.links) by --sort; ties, and the pair sort, by the pair's names.
  void sort_links(std::vector<std::size_t>& order, const Slice& slice, const std::vector<LinkValues>& values) const {
    const auto by_pair = [&](std::size_t a, std::size_t b) {
      return std::pair(slice.links[a].from, slice.links[a].to) < std::pair(slice.links[b].from, slice.links[b].to);
    };
    if (sort_.name == "pair") return std::stable_sort(order.begin(), order.end(), by_pair);
    if (!sort_.value)
      return std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double wa = slice.links[a].weight.value();
        const double wb = slice.links[b].weight.value();
        return wa != wb ? wa > wb : by_pair(a, b);
      });
    const auto column =
        static_cast<std::size_t>(std::find(indices_.begin(), indices_.end(), *sort_.value) - indices_.begin());
    // Empty values last.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const auto& va = values[a].values[column];
      const auto& vb = values[b].values[column];
      if (va.has_value() != vb.has_value()) return va.has_value();
      if (va && *va != *vb) return *va > *vb;
      return by_pair(a, b);
    });
  }

  static std::string undefined_note(const std::array<std::size_t, 4>& undefined, std::size_t links) {
    std::vector<std::string> reasons;
    if (const std::size_t n = undefined[static_cast<std::size_t>(Undefined::margin)]; n > 0)
      reasons.push_back(fmt::format("{} with a margin (or total) of 0, missing or negative", n));
    if (const std::size_t n = undefined[static_cast<std::size_t>(Undefined::negative_weight)]; n > 0)
      reasons.push_back(fmt::format("{} with a negative weight", n));
    if (const std::size_t n = undefined[static_cast<std::size_t>(Undefined::overlap)]; n > 0)
      reasons.push_back(fmt::format("{} with C_i + C_j - C_ij at or below 0 (jaccard)", n));
    if (reasons.empty()) return {};
    const std::size_t pairs = links - undefined[static_cast<std::size_t>(Undefined::none)];
    return fmt::format("empty indices in {} of {}: {}", pairs, plural(links, "pair"), fmt::join(reasons, ", "));
  }

  // Each country's yearly totals in --totals-file; what loading it assumed goes to `messages`.
  CountryYearTotals read_totals(std::vector<std::string>& messages) const {
    LoadReport report;
    const Table table = load_csv({totals_file_}, totals_options_, report);
    if (table.has_reporter)
      throw Error(
          fmt::format("{}: a totals file has a row per country and year (partner, year, count), not a "
                      "reporter column",
                      totals_file_));
    for (const FileReport& file : report.files)
      for (const Assumption& guess : file.assumptions)
        messages.push_back(fmt::format("{}: {}", file.name, guess.message));
    const Query query(table, {});
    CountryYearTotals totals;
    for (const GroupSeries& series : yearly_totals_by(query, Key::partner)) {
      auto& years = totals[table.partners.name(series.value)];
      for (const KeyTotal& year : series.years)
        if (year.rows > 0) years.emplace_back(static_cast<int>(year.value), year.sum.value());
    }
    return totals;
  }

  std::vector<LinkIndex> indices_{kDefaultIndices.begin(), kDefaultIndices.end()};
  MarginKind margin_ = MarginKind::strength;
  bool margin_given_ = false;
  std::string totals_file_;
  Slicing slicing_;
  SortKey sort_ = kSortKeys.front();
  std::size_t top_ = 0;
  // What prepare() is told of the data's load options (prepare is const, and runs once, before execute).
  mutable LoadOptions totals_options_;
};

}  // namespace

std::span<const Choice<LinkIndex>> link_index_choices() { return kIndices; }

std::unique_ptr<Command> make_links_command() { return std::make_unique<LinksCommand>(); }

}  // namespace coopstat
