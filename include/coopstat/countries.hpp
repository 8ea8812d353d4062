#pragma once
// The country reference table (data/countries.tsv, compiled in): ISO 3166 codes, display names, UN M49
// regions, development-group flags and aliases; and the matching of the names people write against it.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coopstat/dictionary.hpp"

namespace coopstat {

/// A country or territory, or a group of countries (World, European Union, High income…) that must not be
/// summed with countries.
enum class EntryKind { country, aggregate };

struct CountryEntry {
  EntryKind kind = EntryKind::country;
  std::string alpha3;   ///< ISO 3166-1 alpha-3; for an aggregate, its World Bank or coopstat code
  std::string alpha2;   ///< ISO 3166-1 alpha-2; may be empty
  std::string numeric;  ///< ISO 3166-1 / M49 numeric code, three digits; may be empty
  std::string name;     ///< the English short name coopstat shows
  std::string region;   ///< UN M49 region; empty for aggregates and Antarctica
  std::string subregion;
  std::string intermediate_region;
  bool ldc = false;   ///< least developed country
  bool lldc = false;  ///< landlocked developing country
  bool sids = false;  ///< small island developing state
  std::vector<std::string> aliases;
  Dictionary::Code region_code = 0;     ///< in CountryTable::regions()
  Dictionary::Code subregion_code = 0;  ///< in CountryTable::subregions()
};

/// How a written name found its entry, if it did.
enum class MatchKind { none, ambiguous, alpha3, alpha2, numeric, name, alias };

/// "alpha-3 code", "name", "alias", "ambiguous"…
std::string_view match_kind_text(MatchKind kind);

struct CountryMatch {
  MatchKind kind = MatchKind::none;
  std::uint32_t entry = 0;                ///< for a match: the entry's index
  std::string_view spelling;              ///< the code, name or alias that matched, as the table writes it
  std::vector<std::uint32_t> candidates;  ///< for an ambiguous name: every entry it could mean

  [[nodiscard]] bool found() const { return kind != MatchKind::none && kind != MatchKind::ambiguous; }
};

class CountryTable {
 public:
  /// The name under which rows that match no country are grouped by region, subregion and code.
  static constexpr std::string_view kUnknown = "Unknown";

  /// Parses the table's text (tab-separated, with the header of data/countries.tsv); a malformed line throws.
  explicit CountryTable(std::string_view tsv);

  [[nodiscard]] std::span<const CountryEntry> entries() const { return entries_; }
  [[nodiscard]] const CountryEntry& entry(std::uint32_t index) const { return entries_[index]; }

  /// Finds what `written` names. Codes match in any case ("KOR", "kor", "410"), but two-letter codes only in
  /// capitals ("KR"; "no" is not Norway); names and aliases
  /// match by country_name_key(), so case, accents, punctuation and "Korea, Republic of" forms do not matter.
  /// A key two entries share is ambiguous and matches neither.
  [[nodiscard]] CountryMatch match(std::string_view written) const;

  /// The distinct regions and subregions; kUnknown is code 0 of each, an empty name stands for "none".
  [[nodiscard]] const Dictionary& regions() const { return regions_; }
  [[nodiscard]] const Dictionary& subregions() const { return subregions_; }

 private:
  struct Named {
    std::vector<std::uint32_t> entries;  // more than one: ambiguous
    std::string_view spelling;
    bool is_alias = false;
  };
  struct Coded {
    std::uint32_t entry = 0;
    MatchKind kind = MatchKind::alpha3;
  };

  void index(std::uint32_t entry_index);

  std::vector<CountryEntry> entries_;
  std::unordered_map<std::string, Coded> codes_;  // in capitals
  std::unordered_map<std::string, Named> names_;
  Dictionary regions_;
  Dictionary subregions_;
};

/// The table compiled into coopstat, parsed on first use.
const CountryTable& country_table();

}  // namespace coopstat
