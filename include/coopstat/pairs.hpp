#pragma once
// Pairs of a bilateral table (a reporter and a partner per row): the pair each row is about, and with
// unordered pairs the mirror rows (B reporting A, where A reported B) counted once.

#include <cstddef>
#include <cstdint>
#include <string>

#include "coopstat/table.hpp"

namespace coopstat {

/// Whether "A reports B" and "B reports A" are two pairs (ordered: exports and imports, a donor and a recipient)
/// or one (unordered: a co-authored paper or a joint project that both sides report).
enum class PairOrder { ordered, unordered };

/// What counting unordered pairs once left out.
struct PairReport {
  /// Rows whose mirror (the same pair the other way round, same year, field and type) came earlier: left out.
  std::size_t mirrors = 0;
  /// Of those, the rows whose count differs from their mirror's (the earlier row's count is kept).
  std::size_t differing = 0;
  /// Where the first differing mirror row is.
  std::string first_differing_file;
  std::uint64_t first_differing_line = 0;
};

/// Fills table.pair and table.pairs when the table has a reporter column: "Reporter → Partner", or with unordered
/// pairs "A – B" (the two names in byte order), and then leaves out each row whose mirror came before it: every
/// row matches at most one mirror, in file order. A row whose reporter is its partner has no mirror.
PairReport build_pairs(Table& table, PairOrder order);

/// The one-line note on the mirror rows left out, or "" when none were.
std::string pair_note(const PairReport& report);

}  // namespace coopstat
