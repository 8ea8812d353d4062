#include "coopstat/countries.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "coopstat/error.hpp"
#include "country_key.hpp"
#include "text.hpp"

namespace coopstat {

extern const std::string_view kCountryTableText;  // generated from data/countries.tsv

namespace {

constexpr std::string_view kHeader =
    "kind\talpha3\talpha2\tnumeric\tname\tregion\tsubregion\tintermediate_region\tldc\tlldc\tsids\taliases";
constexpr std::size_t kColumns = 12;
constexpr std::string_view kTableName = "countries.tsv";

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool parse_flag(std::string_view text, std::size_t line) {
  if (text == "yes") return true;
  if (text == "no") return false;
  throw Error(std::string(kTableName), line, fmt::format("\"{}\" is not yes or no", text));
}

CountryEntry parse_entry(std::string_view text, std::size_t line) {
  const std::vector<std::string_view> cells = split(text, '\t');
  if (cells.size() != kColumns)
    throw Error(std::string(kTableName), line, fmt::format("{} fields, expected {}", cells.size(), kColumns));
  CountryEntry entry;
  if (cells[0] == "aggregate") {
    entry.kind = EntryKind::aggregate;
  } else if (cells[0] != "country") {
    throw Error(std::string(kTableName), line, fmt::format("kind \"{}\" is not country or aggregate", cells[0]));
  }
  entry.alpha3 = cells[1];
  entry.alpha2 = cells[2];
  entry.numeric = cells[3];
  entry.name = cells[4];
  entry.region = cells[5];
  entry.subregion = cells[6];
  entry.intermediate_region = cells[7];
  entry.ldc = parse_flag(cells[8], line);
  entry.lldc = parse_flag(cells[9], line);
  entry.sids = parse_flag(cells[10], line);
  if (!cells[11].empty())
    for (const std::string_view alias : split(cells[11], '|')) entry.aliases.emplace_back(alias);
  if (entry.alpha3.empty() || entry.name.empty())
    throw Error(std::string(kTableName), line, "an entry needs a code and a name");
  return entry;
}

}  // namespace

std::string_view match_kind_text(MatchKind kind) {
  switch (kind) {
    case MatchKind::none: return "no match";
    case MatchKind::ambiguous: return "ambiguous";
    case MatchKind::alpha3: return "alpha-3 code";
    case MatchKind::alpha2: return "alpha-2 code";
    case MatchKind::numeric: return "numeric code";
    case MatchKind::name: return "name";
    case MatchKind::alias: return "alias";
  }
  return "";
}

CountryTable::CountryTable(std::string_view tsv) {
  regions_.intern(kUnknown);
  subregions_.intern(kUnknown);
  std::size_t line = 0;
  for (std::string_view text : split(tsv, '\n')) {
    ++line;
    if (line == 1) {
      if (text != kHeader) throw Error(std::string(kTableName), line, "unexpected header");
      continue;
    }
    if (text.empty()) continue;
    entries_.push_back(parse_entry(text, line));
    CountryEntry& entry = entries_.back();
    entry.region_code = regions_.intern(entry.region);
    entry.subregion_code = subregions_.intern(entry.subregion);
  }
  // Indexed once every entry is in place: the indexes hold views of the entries' strings.
  for (std::uint32_t index = 0; index < entries_.size(); ++index) this->index(index);
}

void CountryTable::index(std::uint32_t entry_index) {
  const CountryEntry& entry = entries_[entry_index];
  const auto add_code = [&](const std::string& code, MatchKind kind) {
    if (!code.empty()) codes_.try_emplace(ascii_upper(code), Coded{entry_index, kind});
  };
  add_code(entry.alpha3, MatchKind::alpha3);
  add_code(entry.alpha2, MatchKind::alpha2);
  add_code(entry.numeric, MatchKind::numeric);

  const auto add_name = [&](const std::string& spelling, bool is_alias) {
    std::string key = country_name_key(spelling);
    if (key.empty()) return;
    auto [it, inserted] = names_.try_emplace(std::move(key), Named{{entry_index}, spelling, is_alias});
    std::vector<std::uint32_t>& owners = it->second.entries;
    if (!inserted && std::find(owners.begin(), owners.end(), entry_index) == owners.end())
      owners.push_back(entry_index);
  };
  add_name(entry.name, false);
  for (const std::string& alias : entry.aliases) add_name(alias, true);
}

CountryMatch CountryTable::match(std::string_view written) const {
  const std::string_view trimmed = trim_blanks(written);
  // Two letters are a code only in capitals: "NO" is Norway, "no" is a word.
  const std::string code = trimmed.size() == 2 ? std::string(trimmed) : ascii_upper(trimmed);
  if (const auto coded = codes_.find(code); coded != codes_.end()) {
    const CountryEntry& entry = entries_[coded->second.entry];
    const std::string& spelling = coded->second.kind == MatchKind::alpha3   ? entry.alpha3
                                  : coded->second.kind == MatchKind::alpha2 ? entry.alpha2
                                                                            : entry.numeric;
    return {coded->second.kind, coded->second.entry, spelling, {}};
  }
  const auto named = names_.find(country_name_key(trimmed));
  if (named == names_.end()) return {};
  const Named& found = named->second;
  if (found.entries.size() > 1) return {MatchKind::ambiguous, 0, {}, found.entries};
  return {found.is_alias ? MatchKind::alias : MatchKind::name, found.entries.front(), found.spelling, {}};
}

const CountryTable& country_table() {
  static const CountryTable table(kCountryTableText);
  return table;
}

}  // namespace coopstat
