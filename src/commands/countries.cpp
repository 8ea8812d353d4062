// countries — what coopstat's country table says a name means, or the whole table.
//
// Answers: will "Korea, Rep." be counted with "South Korea"? Which region is "Côte d'Ivoire" in? Is "World" a
// country? Users check a mapping here before trusting the merged partners of a report.
//
//   coopstat countries "Korea, Rep." KOR 韩国 "Ivory Coast" World
//   coopstat countries --format csv > countries.csv
//
// With names, one row per name: how it matched (code, name, alias, or not at all) and the entry it found; the
// exit code is 1 when a name matches nothing or more than one entry. Without names, every entry of the table.

#include "coopstat/countries.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "commands/command.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

std::string_view kind_text(EntryKind kind) { return kind == EntryKind::country ? "country" : "aggregate"; }
std::string_view yes_no(bool flag) { return flag ? "yes" : "no"; }

class CountriesCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("NAME", names_, "names or codes to look up (none: list the whole table)")->type_name("");
    app.add_flag("--aliases", aliases_, "in the list: every alias of each entry instead of their number");
  }
  [[nodiscard]] bool reads_data() const override { return false; }

  [[nodiscard]] CommandOutput execute(const CommandInput&) const override {
    return names_.empty() ? CommandOutput{listing()} : look_up();
  }

 private:
  [[nodiscard]] CommandOutput look_up() const {
    const CountryTable& countries = country_table();
    ResultTable result{fmt::format("{} looked up", plural(names_.size(), "name")),
                       {{"input", ColumnKind::text},
                        {"match", ColumnKind::text},
                        {"matched", ColumnKind::text},
                        {"code", ColumnKind::text},
                        {"name", ColumnKind::text},
                        {"kind", ColumnKind::text},
                        {"region", ColumnKind::text},
                        {"subregion", ColumnKind::text}},
                       {}};
    bool all_found = true;
    for (const std::string& name : names_) {
      const CountryMatch match = countries.match(name);
      if (!match.found()) {
        all_found = false;
        std::vector<std::string> candidates;
        for (const std::uint32_t index : match.candidates) candidates.push_back(countries.entry(index).name);
        result.rows.push_back({name, std::string(match_kind_text(match.kind)),
                               candidates.empty() ? Cell{} : Cell{fmt::format("{}", fmt::join(candidates, " or "))},
                               Cell{}, Cell{}, Cell{}, Cell{}, Cell{}});
        continue;
      }
      const CountryEntry& entry = countries.entry(match.entry);
      result.rows.push_back({name, std::string(match_kind_text(match.kind)), std::string(match.spelling), entry.alpha3,
                             entry.name, std::string(kind_text(entry.kind)), text_or_empty(entry.region),
                             text_or_empty(entry.subregion)});
    }
    if (!all_found)
      result.note =
          "A name that matches nothing is kept as written and counted as unknown; an ambiguous one too. "
          "See docs/countries.md to report a missing alias.";
    CommandOutput output{result};
    output.failed = !all_found;
    return output;
  }

  [[nodiscard]] ResultTable listing() const {
    const CountryTable& countries = country_table();
    ResultTable result{fmt::format("{} entries in the country table", countries.entries().size()),
                       {{"code", ColumnKind::text},
                        {"alpha2", ColumnKind::text},
                        {"numeric", ColumnKind::text},
                        {"name", ColumnKind::text},
                        {"kind", ColumnKind::text},
                        {"region", ColumnKind::text},
                        {"subregion", ColumnKind::text},
                        {"intermediate_region", ColumnKind::text},
                        {"ldc", ColumnKind::text},
                        {"lldc", ColumnKind::text},
                        {"sids", ColumnKind::text},
                        {"aliases", aliases_ ? ColumnKind::text : ColumnKind::integer}},
                       {}};
    for (const CountryEntry& entry : countries.entries())
      result.rows.push_back({entry.alpha3, text_or_empty(entry.alpha2), text_or_empty(entry.numeric), entry.name,
                             std::string(kind_text(entry.kind)), text_or_empty(entry.region),
                             text_or_empty(entry.subregion), text_or_empty(entry.intermediate_region),
                             std::string(yes_no(entry.ldc)), std::string(yes_no(entry.lldc)),
                             std::string(yes_no(entry.sids)),
                             aliases_ ? Cell{fmt::format("{}", fmt::join(entry.aliases, " | "))}
                                      : Cell{static_cast<std::int64_t>(entry.aliases.size())}});
    return result;
  }

  // An empty text is an empty cell (null in JSON), not an empty string.
  static Cell text_or_empty(const std::string& text) { return text.empty() ? Cell{} : Cell{text}; }

  std::vector<std::string> names_;
  bool aliases_ = false;
};

}  // namespace

std::unique_ptr<Command> make_countries_command() { return std::make_unique<CountriesCommand>(); }

}  // namespace coopstat
