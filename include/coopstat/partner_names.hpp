#pragma once
// Partner names resolved against the country reference table: spellings of one country merged under its
// display name, aggregates (World, European Union…) set apart, names that match nothing kept and counted.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/countries.hpp"
#include "coopstat/table.hpp"

namespace coopstat {

struct PartnerNameOptions {
  /// Keep every name as written: nothing renamed, merged or excluded (regions are still looked up).
  bool raw = false;
  /// Keep rows whose partner is an aggregate, instead of excluding them.
  bool keep_aggregates = false;
};

/// One partner name as the data wrote it, and what became of it.
struct PartnerSpelling {
  std::string written;
  std::string shown;  ///< the name it is shown under (the display name, or as written)
  MatchKind how = MatchKind::none;
  std::size_t rows = 0;
  std::string file;  ///< where it first appears
  std::uint64_t line = 0;
  std::string code;                   ///< the code the data's code column gave with it, if any
  std::string_view role = "partner";  ///< the column it is in: partner, or reporter (only aggregates are listed so)
};

/// What resolving changed, for the one-line note on stderr and for `check`.
struct PartnerNameReport {
  /// Spellings shown under a name that another spelling in the data also has ("USA" and "United States").
  std::vector<PartnerSpelling> merged;
  /// Names of aggregates, as partners and then as reporters; their rows were excluded unless kept.
  std::vector<PartnerSpelling> aggregates;
  std::size_t aggregate_rows_excluded = 0;  ///< each row once, whichever of its names is an aggregate
  /// Names that match no entry (or more than one), kept as written.
  std::vector<PartnerSpelling> unknown;
  /// Names whose code (from the data's code column) names another country than the name does: the code counts.
  std::vector<PartnerSpelling> code_mismatches;

  [[nodiscard]] bool empty() const { return merged.empty() && aggregates.empty() && unknown.empty(); }
};

/// Resolves the partner names of a freshly loaded `table` in place: fills table.partner_entry, and unless
/// options.raw renames partners (and reporters) to display names, merges spellings of one country and excludes
/// rows whose partner or reporter is an aggregate (unless options.keep_aggregates).
PartnerNameReport resolve_partner_names(Table& table, const PartnerNameOptions& options);

/// The one-line note on what resolving did, e.g. `partner names: merged spellings: United States ("USA", "U.S.")`;
/// empty when there is nothing to say.
std::string partner_name_note(const PartnerNameReport& report, const PartnerNameOptions& options);

}  // namespace coopstat
