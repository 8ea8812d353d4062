#pragma once
// What a year without a value means: no events that year (0), or a value nobody measured (missing).

#include <optional>
#include <string>
#include <string_view>

#include "coopstat/loader.hpp"

namespace coopstat {

/// How a year (or a combination of keys) without rows is read.
enum class Gaps {
  zero,     ///< counts of events: no row means nothing happened, 0
  missing,  ///< measurements: no row (an empty, `..` or `NA` cell) means unknown, left out
};

/// The rule a run uses, and whether the data's shape chose it.
struct GapsRule {
  Gaps gaps = Gaps::zero;
  bool by_default = true;
  std::string_view why;  ///< with by_default: the shape of the data that chose it, e.g. "a wide table"
};

/// "zero" or "missing".
std::string_view gaps_name(Gaps gaps);

/// The rule `given` (--gaps), or when not given the data's default: missing for a wide table or a table whose
/// missing values were left out, zero for a long list of events.
GapsRule choose_gaps(std::optional<Gaps> given, const LoadReport& report);

/// The note under a table that says how `count` empty places (`what`: "year", "combination") were read; empty
/// when there are none.
std::string gaps_note(const GapsRule& rule, std::size_t count, std::string_view what);

/// The line for standard error when the rule was the data's default and met gaps; empty otherwise.
std::string gaps_default_message(const GapsRule& rule, std::size_t count, std::string_view what);

}  // namespace coopstat
