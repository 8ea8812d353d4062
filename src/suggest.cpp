#include "suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text.hpp"

namespace coopstat {
namespace {

// Edits between two names (optimal string alignment): an insertion, a deletion, a substitution or a swap of
// two neighbouring characters each count one, since swaps are the commonest typo ("cvs" for "csv").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && ascii_lower(a[i - 1]) == ascii_lower(b[j - 2]) &&
          ascii_lower(a[i - 2]) == ascii_lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> closest_match(std::string_view typed, const std::vector<std::string>& candidates) {
  if (typed.empty()) return std::nullopt;
  const std::size_t limit = std::max<std::size_t>(1, typed.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = edit_distance(typed, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string with_suggestion(std::string base, std::string_view typed, const std::vector<std::string>& candidates) {
  if (const auto match = closest_match(typed, candidates)) return fmt::format("{}; did you mean \"{}\"?", base, *match);
  return base;
}

Error unknown_name_error(std::string_view what, std::string_view typed, const std::vector<std::string>& known) {
  return usage_error(with_suggestion(
      fmt::format("unknown {} \"{}\" ({}s: {})", what, typed, what, fmt::join(known, ", ")), typed, known));
}

}  // namespace coopstat
