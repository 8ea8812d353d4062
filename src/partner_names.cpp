#include "coopstat/partner_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "text.hpp"

namespace coopstat {
namespace {

constexpr std::size_t kNoRow = std::numeric_limits<std::size_t>::max();
constexpr std::uint32_t kDropped = std::numeric_limits<std::uint32_t>::max();

// How many rows each name code (of a partner or reporter column) has, and its first row.
struct Occurrences {
  std::vector<std::size_t> rows;
  std::vector<std::size_t> first;
};

Occurrences occurrences(const std::vector<std::uint32_t>& column, std::size_t names) {
  Occurrences found{std::vector<std::size_t>(names, 0), std::vector<std::size_t>(names, kNoRow)};
  for (std::size_t row = 0; row < column.size(); ++row) {
    const std::uint32_t code = column[row];
    if (found.rows[code]++ == 0) found.first[code] = row;
  }
  return found;
}

// "a, b and 3 more" from at most `shown` items.
std::string listed(const std::vector<std::string>& items, std::size_t shown = 4) {
  if (items.size() <= shown) return fmt::format("{}", fmt::join(items, ", "));
  return fmt::format("{} and {} more",
                     fmt::join(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(shown), ", "),
                     items.size() - shown);
}

// Reporters are countries too: shown under their display names, so that a pair reads the same both ways; and a
// reporter that is an aggregate (World reporting its total) is set apart as a partner is. Returns each reporter
// code's new code, kDropped for an excluded aggregate.
std::vector<std::uint32_t> resolve_reporters(Table& table, const PartnerNameOptions& options,
                                             PartnerNameReport& report) {
  const CountryTable& countries = *table.countries;
  const Occurrences seen = occurrences(table.reporter, table.reporters.size());
  Dictionary shown;
  std::vector<std::uint32_t> new_code(table.reporters.size(), kDropped);
  for (std::uint32_t code = 0; code < table.reporters.size(); ++code) {
    const std::string& written = table.reporters.name(code);
    const CountryMatch match = countries.match(written);
    if (match.found() && countries.entry(match.entry).kind == EntryKind::aggregate && seen.rows[code] > 0) {
      const std::size_t first = seen.first[code];
      report.aggregates.push_back({written, countries.entry(match.entry).name, match.kind, seen.rows[code],
                                   table.source_of(first).name, table.line[first], "", "reporter"});
      if (!options.keep_aggregates) continue;
    }
    new_code[code] = shown.intern(match.found() ? countries.entry(match.entry).name : written);
  }
  table.reporters = std::move(shown);
  return new_code;
}

}  // namespace

PartnerNameReport resolve_partner_names(Table& table, const PartnerNameOptions& options) {
  const CountryTable& countries = country_table();
  table.countries = &countries;
  const Occurrences seen = occurrences(table.partner, table.partners.size());
  const std::size_t spellings = table.partners.size();

  PartnerNameReport report;
  Dictionary shown_names;
  std::vector<std::uint32_t> shown_entry;
  std::vector<std::uint32_t> new_code(spellings, kDropped);
  std::vector<PartnerSpelling> described(spellings);
  for (std::uint32_t code = 0; code < spellings; ++code) {
    if (seen.rows[code] == 0) continue;  // a name whose rows were all skipped as bad
    const std::string& written = table.partners.name(code);
    // A code the data gives with the name identifies the partner first; the name is the fallback.
    const std::string given = code < table.partner_given_code.size() ? table.partner_given_code[code] : "";
    const CountryMatch by_name = countries.match(written);
    const CountryMatch by_code = given.empty() ? CountryMatch{} : countries.match(given);
    const CountryMatch& match = by_code.found() ? by_code : by_name;
    const std::uint32_t entry = match.found() ? match.entry : Table::kNoEntry;
    PartnerSpelling& spelling = described[code];
    spelling = {written,
                written,
                match.kind,
                seen.rows[code],
                table.source_of(seen.first[code]).name,
                table.line[seen.first[code]],
                given};
    if (!options.raw && match.found()) spelling.shown = countries.entry(entry).name;
    if (by_code.found() && by_name.found() && by_name.entry != by_code.entry)
      report.code_mismatches.push_back(spelling);

    if (!match.found()) report.unknown.push_back(spelling);
    const bool aggregate = match.found() && countries.entry(entry).kind == EntryKind::aggregate;
    if (aggregate) report.aggregates.push_back(spelling);
    if (aggregate && !options.raw && !options.keep_aggregates) continue;
    new_code[code] = shown_names.intern(spelling.shown);
    if (new_code[code] == shown_entry.size()) shown_entry.push_back(entry);
  }

  // Spellings that now share a name were merged.
  std::vector<std::vector<std::uint32_t>> spellings_of(shown_names.size());
  for (std::uint32_t code = 0; code < spellings; ++code)
    if (new_code[code] != kDropped) spellings_of[new_code[code]].push_back(code);
  for (const auto& codes : spellings_of)
    if (codes.size() > 1)
      for (const std::uint32_t code : codes) report.merged.push_back(described[code]);

  std::vector<std::uint32_t> new_reporter_code;
  if (!options.raw && table.has_reporter) new_reporter_code = resolve_reporters(table, options, report);
  // A row is excluded once, whether its partner, its reporter or both are aggregates. (A dropped code that no row
  // has, of a name whose rows were all bad, only costs this pass.)
  const auto drops = [](const std::vector<std::uint32_t>& codes) {
    return std::find(codes.begin(), codes.end(), kDropped) != codes.end();
  };
  if (drops(new_code) || drops(new_reporter_code)) {
    std::vector<bool> kept(table.rows());
    for (std::size_t row = 0; row < table.rows(); ++row) {
      kept[row] = new_code[table.partner[row]] != kDropped &&
                  (new_reporter_code.empty() || new_reporter_code[table.reporter[row]] != kDropped);
      if (!kept[row]) ++report.aggregate_rows_excluded;
    }
    if (report.aggregate_rows_excluded > 0) table.keep_rows(kept);
  }
  for (std::uint32_t& code : table.partner) code = new_code[code];
  if (!new_reporter_code.empty())
    for (std::uint32_t& code : table.reporter) code = new_reporter_code[code];
  table.partners = std::move(shown_names);
  table.partner_entry = std::move(shown_entry);
  table.partner_given_code.clear();
  return report;
}

std::string partner_name_note(const PartnerNameReport& report, const PartnerNameOptions& options) {
  if (options.raw) return {};
  std::vector<std::string> parts;

  // Merged spellings come grouped by the name they are shown under (resolve_partner_names lists them so).
  std::vector<std::string> merges;
  for (auto group = report.merged.begin(); group != report.merged.end();) {
    const auto end = std::find_if(group, report.merged.end(),
                                  [&](const PartnerSpelling& spelling) { return spelling.shown != group->shown; });
    std::vector<std::string> written;
    for (auto it = group; it != end; ++it) written.push_back(fmt::format("\"{}\"", it->written));
    merges.push_back(fmt::format("{} ({})", group->shown, fmt::join(written, ", ")));
    group = end;
  }
  if (!merges.empty()) parts.push_back("merged spellings: " + listed(merges));

  if (report.aggregate_rows_excluded > 0) {
    std::vector<std::string> names;
    for (const PartnerSpelling& spelling : report.aggregates) names.push_back(spelling.shown);
    parts.push_back(fmt::format("excluded {} naming aggregates, not countries ({}; --keep-aggregates keeps them)",
                                plural(report.aggregate_rows_excluded, "row"), listed(names)));
  }
  if (!report.code_mismatches.empty()) {
    std::vector<std::string> names;
    for (const PartnerSpelling& spelling : report.code_mismatches)
      names.push_back(fmt::format("\"{}\" as {}", spelling.written, spelling.shown));
    parts.push_back(fmt::format("counted by code, not name: {}", listed(names)));
  }
  if (!report.unknown.empty()) {
    std::vector<std::string> names;
    for (const PartnerSpelling& spelling : report.unknown) names.push_back(spelling.written);
    parts.push_back(
        fmt::format("{} no country ({})", plural(report.unknown.size(), "name matches", "names match"), listed(names)));
  }
  if (parts.empty()) return {};
  return fmt::format("partner names: {}", fmt::join(parts, "; "));
}

}  // namespace coopstat
