#include "coopstat/pairs.hpp"

#include <fmt/format.h>

#include <deque>
#include <string_view>
#include <unordered_map>

#include "coopstat/query.hpp"
#include "hash.hpp"
#include "source_name.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

// A row's identity for mirrors: the pair's two names (as codes of one name dictionary, lower first), year,
// field and type.
struct MirrorKey {
  std::uint32_t low, high, field;
  std::uint16_t type;
  std::int16_t year;
  bool operator==(const MirrorKey&) const = default;
};
struct MirrorKeyHash {
  std::size_t operator()(const MirrorKey& key) const {
    const std::uint64_t a = (std::uint64_t{key.low} << 32) | key.high;
    const std::uint64_t b =
        (std::uint64_t{key.field} << 32) | (std::uint64_t{key.type} << 16) | static_cast<std::uint16_t>(key.year);
    return combine_hash(mix_hash(a), b);
  }
};

// The rows of one key not matched yet, by direction (0: reporter is the lower name).
struct OpenRows {
  std::deque<std::size_t> waiting[2];
};

}  // namespace

PairReport build_pairs(Table& table, PairOrder order) {
  PairReport report;
  if (!table.has_reporter) return report;
  // Reporters and partners are in two dictionaries: one name dictionary tells when they name the same country.
  Dictionary names;
  std::vector<std::uint32_t> reporter_name(table.reporters.size()), partner_name(table.partners.size());
  for (std::uint32_t code = 0; code < table.reporters.size(); ++code)
    reporter_name[code] = names.intern(table.reporters.name(code));
  for (std::uint32_t code = 0; code < table.partners.size(); ++code)
    partner_name[code] = names.intern(table.partners.name(code));

  // A pair's name is written once, at its first row: (reporter name, partner name) → pair code.
  std::unordered_map<std::uint64_t, Dictionary::Code> pair_of;
  const auto pair_code = [&](std::uint32_t from, std::uint32_t to) {
    const auto [it, added] = pair_of.try_emplace((std::uint64_t{from} << 32) | to, 0);
    if (!added) return it->second;
    // A row of a file without a reporter column has the empty reporter, shown as reports show empty names.
    const std::string_view from_text = names.name(from).empty() ? kNoName : std::string_view(names.name(from));
    const std::string_view to_text = names.name(to);
    const bool reversed = to_text < from_text;
    it->second = table.pairs.intern(order == PairOrder::ordered ? fmt::format("{} → {}", from_text, to_text)
                                    : reversed                  ? fmt::format("{} – {}", to_text, from_text)
                                                                : fmt::format("{} – {}", from_text, to_text));
    return it->second;
  };

  std::vector<bool> kept(table.rows(), true);
  std::unordered_map<MirrorKey, OpenRows, MirrorKeyHash> open;
  table.pair.resize(table.rows());
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const std::uint32_t from = reporter_name[table.reporter[row]];
    const std::uint32_t to = partner_name[table.partner[row]];
    table.pair[row] = pair_code(from, to);
    if (order == PairOrder::ordered || from == to) continue;
    const bool reversed = names.name(to) < names.name(from);
    OpenRows& rows =
        open[{reversed ? to : from, reversed ? from : to, table.field[row], table.type[row], table.year[row]}];
    std::deque<std::size_t>& other_way = rows.waiting[reversed ? 0 : 1];
    if (other_way.empty()) {
      rows.waiting[reversed ? 1 : 0].push_back(row);
      continue;
    }
    const std::size_t mirror = other_way.front();
    other_way.pop_front();
    kept[row] = false;
    ++report.mirrors;
    if (table.count[row] != table.count[mirror] && report.differing++ == 0) {
      report.first_differing_file = table.source_of(row).name;
      report.first_differing_line = table.line[row];
    }
  }
  if (report.mirrors > 0) table.keep_rows(kept);
  return report;
}

std::string pair_note(const PairReport& report) {
  if (report.mirrors == 0) return {};
  std::string note = fmt::format("unordered pairs: left out {} (B reporting A where A reported B)",
                                 plural(report.mirrors, "mirror row"));
  if (report.differing > 0)
    note += fmt::format("; {} from the row kept (the first at {})",
                        plural(report.differing, "of them differs", "of them differ"),
                        source_place(report.first_differing_file, report.first_differing_line));
  return note;
}

}  // namespace coopstat
