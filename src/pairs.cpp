#include "coopstat/pairs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "coopstat/error.hpp"
#include "coopstat/query.hpp"
#include "source_name.hpp"
#include "text.hpp"

namespace coopstat {
namespace {

// The pair code of each (reporter, partner) combination seen: a dense table while the combinations are few, else a
// hash map (a row looks its pair up once).
class PairCodes {
 public:
  PairCodes(std::size_t reporters, std::size_t partners) : partners_(partners) {
    if (reporters * partners <= kDenseLimit) dense_.assign(reporters * partners, kNone);
  }
  // The code of (reporter, partner), made by `make` at the combination's first row.
  template <class Make>
  Dictionary::Code get(std::uint32_t reporter, std::uint32_t partner, Make make) {
    if (!dense_.empty()) {
      Dictionary::Code& code = dense_[std::size_t{reporter} * partners_ + partner];
      if (code == kNone) code = make();
      return code;
    }
    const auto [it, added] = sparse_.try_emplace((std::uint64_t{reporter} << 32) | partner, 0);
    if (added) it->second = make();
    return it->second;
  }

 private:
  static constexpr std::size_t kDenseLimit = std::size_t{1} << 24;
  static constexpr Dictionary::Code kNone = UINT32_MAX;
  std::size_t partners_;
  std::vector<Dictionary::Code> dense_;
  std::unordered_map<std::uint64_t, Dictionary::Code> sparse_;
};

// The rows of each pair code, in file order: a stable counting sort, so that mirrors are looked for among the rows
// of one pair only.
std::vector<std::uint32_t> rows_by_pair(const std::vector<Dictionary::Code>& pair, std::size_t pairs,
                                        std::vector<std::uint32_t>& start) {
  start.assign(pairs + 1, 0);
  for (const Dictionary::Code code : pair) ++start[code + 1];
  for (std::size_t code = 0; code < pairs; ++code) start[code + 1] += start[code];
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  std::vector<std::uint32_t> rows(pair.size());
  for (std::size_t row = 0; row < pair.size(); ++row) rows[next[pair[row]]++] = static_cast<std::uint32_t>(row);
  return rows;
}

}  // namespace

PairReport build_pairs(Table& table, PairOrder order) {
  PairReport report;
  if (!table.has_reporter) return report;
  if (table.rows() > UINT32_MAX) throw Error("pairs: a bilateral table of more than 4,294,967,295 rows");
  // Reporters and partners are in two dictionaries: one name dictionary tells when they name the same country.
  Dictionary names;
  std::vector<std::uint32_t> reporter_name(table.reporters.size()), partner_name(table.partners.size());
  for (std::uint32_t code = 0; code < table.reporters.size(); ++code)
    reporter_name[code] = names.intern(table.reporters.name(code));
  for (std::uint32_t code = 0; code < table.partners.size(); ++code)
    partner_name[code] = names.intern(table.partners.name(code));
  // Whether a name comes before another in byte order, as the rank of each in the sorted names.
  std::vector<std::uint32_t> by_name(names.size());
  for (std::uint32_t name = 0; name < by_name.size(); ++name) by_name[name] = name;
  std::sort(by_name.begin(), by_name.end(),
            [&](std::uint32_t a, std::uint32_t b) { return names.name(a) < names.name(b); });
  std::vector<std::uint32_t> rank(names.size());
  for (std::uint32_t position = 0; position < by_name.size(); ++position) rank[by_name[position]] = position;

  // A pair's name is written once, at its first row.
  PairCodes codes(table.reporters.size(), table.partners.size());
  table.pair.resize(table.rows());
  for (std::size_t row = 0; row < table.rows(); ++row) {
    table.pair[row] = codes.get(table.reporter[row], table.partner[row], [&] {
      const std::uint32_t from = reporter_name[table.reporter[row]], to = partner_name[table.partner[row]];
      // A row of a file without a reporter column has the empty reporter, shown as reports show empty names.
      const std::string_view from_text = names.name(from).empty() ? kNoName : std::string_view(names.name(from));
      const std::string_view to_text = names.name(to);
      if (order == PairOrder::ordered) return table.pairs.intern(fmt::format("{} → {}", from_text, to_text));
      return table.pairs.intern(rank[to] < rank[from] ? fmt::format("{} – {}", to_text, from_text)
                                                      : fmt::format("{} – {}", from_text, to_text));
    });
  }
  if (order == PairOrder::ordered) return report;

  // Mirrors: rows of one unordered pair, year, field and type, the other way round; each row matches at most one, the
  // earliest waiting, in file order.
  std::vector<std::uint32_t> start;
  std::vector<std::uint32_t> rows = rows_by_pair(table.pair, table.pairs.size(), start);
  std::vector<bool> kept(table.rows(), true);
  std::size_t first_differing = table.rows();
  std::vector<std::uint32_t> waiting[2];
  std::size_t matched[2] = {0, 0};
  const auto same_place = [&](std::uint32_t a, std::uint32_t b) {
    return table.year[a] == table.year[b] && table.field[a] == table.field[b] && table.type[a] == table.type[b];
  };
  for (std::size_t code = 0; code < table.pairs.size(); ++code) {
    const auto first = rows.begin() + start[code], last = rows.begin() + start[code + 1];
    // Rows of one year, field and type together, each run in file order.
    std::sort(first, last, [&](std::uint32_t a, std::uint32_t b) {
      if (table.year[a] != table.year[b]) return table.year[a] < table.year[b];
      if (table.field[a] != table.field[b]) return table.field[a] < table.field[b];
      if (table.type[a] != table.type[b]) return table.type[a] < table.type[b];
      return a < b;
    });
    for (auto run = first; run != last;) {
      auto run_end = run;
      while (run_end != last && same_place(*run, *run_end)) ++run_end;
      for (int direction = 0; direction < 2; ++direction) {
        waiting[direction].clear();
        matched[direction] = 0;
      }
      for (auto it = run; it != run_end; ++it) {
        const std::uint32_t row = *it;
        const std::uint32_t from = reporter_name[table.reporter[row]], to = partner_name[table.partner[row]];
        if (from == to) continue;  // a country and itself has no mirror
        const int direction = rank[to] < rank[from] ? 1 : 0;
        std::vector<std::uint32_t>& other_way = waiting[1 - direction];
        if (matched[1 - direction] == other_way.size()) {
          waiting[direction].push_back(row);
          continue;
        }
        const std::uint32_t mirror = other_way[matched[1 - direction]++];
        kept[row] = false;
        ++report.mirrors;
        if (table.count[row] != table.count[mirror]) {
          ++report.differing;
          first_differing = std::min<std::size_t>(first_differing, row);
        }
      }
      run = run_end;
    }
  }
  if (report.differing > 0) {
    report.first_differing_file = table.source_of(first_differing).name;
    report.first_differing_line = table.line[first_differing];
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
