#pragma once
// A span of years as people write it: "2013-2017" on the command line, "2013–2017" in titles and messages.

#include <optional>
#include <string>
#include <string_view>

namespace coopstat {

/// The years first to last, both included.
struct YearRange {
  int first = 0;
  int last = 0;

  /// "2013–2017" (an en dash), or "2015" for a single year: how titles and messages write it.
  [[nodiscard]] std::string text() const;
  /// "2013_2017", or "2015": a column-name part.
  [[nodiscard]] std::string label() const;
  bool operator==(const YearRange&) const = default;
};

/// Whether a lone year ("2015") is read as the range of that one year.
enum class LoneYear { accepted, refused };

/// Reads "FIRST-LAST" (or a lone year, if accepted): years 1 to 9999, the first not after the last; nullopt for
/// anything else. The caller says what was expected, with its flag.
std::optional<YearRange> parse_year_range(std::string_view text, LoneYear lone = LoneYear::accepted);

}  // namespace coopstat
