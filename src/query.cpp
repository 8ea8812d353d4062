#include "coopstat/query.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "coopstat/countries.hpp"
#include "coopstat/error.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "year_range.hpp"

namespace coopstat {

std::string_view key_name(Key key) { return key_catalogue()[static_cast<std::size_t>(key)].name; }

Key parse_key(std::string_view name) { return find_named(key_catalogue(), name, "key").key; }

namespace {

// The codes of the names a filter lists: exact first, then ignoring ASCII case; an unknown name is an error.
// `spelled` receives each matched name as the data spells it.
std::vector<bool> resolve_names(const Dictionary& dictionary, const std::vector<std::string>& names,
                                std::string_view flag, std::string_view what, std::vector<std::string>& spelled) {
  if (names.empty()) return {};
  std::vector<bool> allowed(dictionary.size(), false);
  const auto allow = [&](std::uint32_t code) {
    const std::string& spelling = dictionary.name(code);
    if (!allowed[code]) spelled.push_back(spelling.empty() ? std::string(kNoName) : spelling);
    allowed[code] = true;
  };
  for (const std::string& name : names) {
    // "(none)", as reports show it, selects the rows without a name.
    if (const auto code = dictionary.find(name == kNoName ? std::string_view{} : std::string_view(name))) {
      allow(*code);
      continue;
    }
    bool found = false;
    for (std::uint32_t code = 0; code < dictionary.size(); ++code) {
      if (equal_ignoring_ascii_case(dictionary.name(code), name)) {
        allow(code);
        found = true;
      }
    }
    if (found) continue;
    std::vector<std::string> known;
    for (std::uint32_t code = 0; code < dictionary.size(); ++code) known.push_back(dictionary.name(code));
    throw usage_error(
        with_suggestion(fmt::format("{} \"{}\": no {} of that name in the data", flag, name, what), name, known));
  }
  return allowed;
}

// A partner filter may also name a country by code or another spelling ("KOR", "Korea, Republic of"): such a
// name stands for the partners in the data that name the same country.
std::vector<std::string> partner_filter_names(const Table& table, const std::vector<std::string>& names) {
  std::vector<std::string> spelled;
  for (const std::string& name : names) {
    const CountryMatch match = table.partners.find(name) ? CountryMatch{} : table.countries->match(name);
    const std::size_t before = spelled.size();
    if (match.found())
      for (std::uint32_t code = 0; code < table.partners.size(); ++code)
        if (table.entry_of_partner(code) == match.entry) spelled.push_back(table.partners.name(code));
    if (spelled.size() == before) spelled.push_back(name);
  }
  return spelled;
}

// A reporter filter may name the country by code or another spelling too; reporters are shown under display names.
std::vector<std::string> reporter_filter_names(const Table& table, const std::vector<std::string>& names) {
  std::vector<std::string> spelled;
  for (const std::string& name : names) {
    const CountryMatch match = table.reporters.find(name) ? CountryMatch{} : table.countries->match(name);
    const bool known = match.found() && table.reporters.find(table.countries->entry(match.entry).name);
    spelled.push_back(known ? table.countries->entry(match.entry).name : name);
  }
  return spelled;
}

}  // namespace

void check_filters(const Filters& filters) {
  if (filters.from && filters.to && *filters.from > *filters.to)
    throw usage_error(fmt::format("--from {} is after --to {}", *filters.from, *filters.to));
}

Query::Query(const Table& table, const Filters& filters, unsigned threads)
    : table_(table),
      filters_(filters),
      threads_(threads),
      from_(filters.from.value_or(INT16_MIN)),
      to_(filters.to.value_or(INT16_MAX)) {
  check_filters(filters);
  if (!filters.fields.empty() && !table.has_field) throw usage_error("--field: the data has no field column");
  if (!filters.types.empty() && !table.has_type) throw usage_error("--type: the data has no type column");
  partner_allowed_ = resolve_names(table.partners, partner_filter_names(table, filters.partners), "--partner",
                                   "partner", partner_names_);
  field_allowed_ = resolve_names(table.fields, filters.fields, "--field", "field", field_names_);
  type_allowed_ = resolve_names(table.types, filters.types, "--type", "type", type_names_);
  if (!filters.reporters.empty() && !table.has_reporter)
    throw usage_error("--reporter: the data has no reporter column (name it with --reporter-col)");
  reporter_allowed_ = resolve_names(table.reporters, reporter_filter_names(table, filters.reporters), "--reporter",
                                    "reporter", reporter_names_);
}

std::string Query::description() const {
  std::vector<std::string> parts;
  if (filters_.from && filters_.to) {
    parts.push_back(YearRange{*filters_.from, *filters_.to}.text());
  } else if (filters_.from) {
    parts.push_back(fmt::format("from {}", *filters_.from));
  } else if (filters_.to) {
    parts.push_back(fmt::format("to {}", *filters_.to));
  }
  const auto add = [&parts](std::string_view what, const std::vector<std::string>& names) {
    if (!names.empty()) parts.push_back(fmt::format("{} {}", what, fmt::join(names, " or ")));
  };
  add("partner", partner_names_);
  add("field", field_names_);
  add("type", type_names_);
  add("reporter", reporter_names_);
  return fmt::format("{}", fmt::join(parts, "; "));
}

namespace {

// The code key's value for a partner that matches no entry: one past the last entry, so the values stay dense.
std::uint32_t unknown_code(const Table& table) { return static_cast<std::uint32_t>(table.countries->entries().size()); }

// A blank field or type cell, or a file without that column, leaves the name empty.
std::string optional_name(const std::string& name) { return name.empty() ? std::string(kNoName) : name; }

// The partner's entry in the country table, or Table::kNoEntry.
std::uint32_t entry_of(const Table& table, std::size_t row) { return table.entry_of_partner(table.partner[row]); }

// A code of the partner's country entry (its region, sub-region); 0 for a partner that matches none.
template <Dictionary::Code CountryEntry::*kCode>
std::uint32_t entry_code(const Table& table, std::size_t row) {
  const std::uint32_t entry = entry_of(table, row);
  return entry == Table::kNoEntry ? 0 : table.countries->entry(entry).*kCode;
}

bool by_text(const Table& table, Key key, std::uint32_t a, std::uint32_t b) {
  return key_text(table, key, a) < key_text(table, key, b);
}

// One entry per key, in Key order: all a key is.
constexpr std::array<KeyInfo, 9> kKeys{{
    {Key::partner, "partner", "the partner country or region",
     [](const Table& t, std::size_t row) -> std::uint32_t { return t.partner[row]; },
     [](const Table& t, std::uint32_t v) { return t.partners.name(v); },
     [](const Table& t) { return t.partners.size(); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return t.partners.name(a) < t.partners.name(b); }},
    {Key::year, "year", "the year the document was signed or renewed",
     [](const Table& t, std::size_t row) { return static_cast<std::uint32_t>(t.year[row]); },
     [](const Table&, std::uint32_t v) { return fmt::format("{}", v); },
     [](const Table&) -> std::size_t { return 10000; },
     [](const Table&, std::uint32_t a, std::uint32_t b) { return a < b; }},
    {Key::field, "field", "the field of cooperation",
     [](const Table& t, std::size_t row) -> std::uint32_t { return t.field[row]; },
     [](const Table& t, std::uint32_t v) { return optional_name(t.fields.name(v)); },
     [](const Table& t) { return t.fields.size(); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return t.fields.name(a) < t.fields.name(b); }},
    {Key::type, "type", "the type of document, e.g. signed or renewed",
     [](const Table& t, std::size_t row) -> std::uint32_t { return t.type[row]; },
     [](const Table& t, std::uint32_t v) { return optional_name(t.types.name(v)); },
     [](const Table& t) { return t.types.size(); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return t.types.name(a) < t.types.name(b); }},
    {Key::region, "region", "the partner's UN M49 region (Africa, Americas, Asia, Europe, Oceania)",
     entry_code<&CountryEntry::region_code>,
     [](const Table& t, std::uint32_t v) { return optional_name(t.countries->regions().name(v)); },
     [](const Table& t) { return t.countries->regions().size(); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return by_text(t, Key::region, a, b); }},
    {Key::subregion, "subregion", "the partner's UN M49 sub-region, e.g. Western Europe",
     entry_code<&CountryEntry::subregion_code>,
     [](const Table& t, std::uint32_t v) { return optional_name(t.countries->subregions().name(v)); },
     [](const Table& t) { return t.countries->subregions().size(); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return by_text(t, Key::subregion, a, b); }},
    {Key::code, "code", "the partner's ISO 3166-1 alpha-3 code",
     [](const Table& t, std::size_t row) -> std::uint32_t {
       const std::uint32_t entry = entry_of(t, row);
       return entry == Table::kNoEntry ? unknown_code(t) : entry;
     },
     [](const Table& t, std::uint32_t v) {
       return v == unknown_code(t) ? std::string(CountryTable::kUnknown) : t.countries->entry(v).alpha3;
     },
     [](const Table& t) -> std::size_t { return unknown_code(t) + 1; },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return by_text(t, Key::code, a, b); }},
    // Data without a reporter column is one group without a name, as for a missing field or type column.
    {Key::reporter, "reporter", "in a bilateral table, the country that reported the row",
     [](const Table& t, std::size_t row) -> std::uint32_t { return t.reporter.empty() ? 0 : t.reporter[row]; },
     [](const Table& t, std::uint32_t v) {
       return t.reporters.size() == 0 ? std::string(kNoName) : optional_name(t.reporters.name(v));
     },
     [](const Table& t) { return std::max<std::size_t>(t.reporters.size(), 1); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return by_text(t, Key::reporter, a, b); }},
    {Key::pair, "pair", "in a bilateral table, reporter and partner (--pairs unordered: either way round)",
     [](const Table& t, std::size_t row) -> std::uint32_t { return t.pair.empty() ? 0 : t.pair[row]; },
     [](const Table& t, std::uint32_t v) { return t.pairs.size() == 0 ? std::string(kNoName) : t.pairs.name(v); },
     [](const Table& t) { return std::max<std::size_t>(t.pairs.size(), 1); },
     [](const Table& t, std::uint32_t a, std::uint32_t b) { return by_text(t, Key::pair, a, b); }},
}};
static_assert(std::ranges::all_of(kKeys, [](const KeyInfo& info) {
  return &info - kKeys.data() == static_cast<std::ptrdiff_t>(info.key);
}));

const KeyInfo& info_of(Key key) { return kKeys[static_cast<std::size_t>(key)]; }

}  // namespace

std::span<const KeyInfo> key_catalogue() { return kKeys; }

std::uint32_t key_value(const Table& table, Key key, std::size_t row) { return info_of(key).value(table, row); }

std::string key_text(const Table& table, Key key, std::uint32_t value) { return info_of(key).text(table, value); }

bool key_less(const Table& table, Key key, std::uint32_t a, std::uint32_t b) { return info_of(key).less(table, a, b); }

std::size_t key_domain(const Table& table, Key key) { return info_of(key).domain(table); }

}  // namespace coopstat
