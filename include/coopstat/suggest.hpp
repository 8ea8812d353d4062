#pragma once
// "Did you mean": the nearest known name to a mistyped one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat {

/// The candidate closest to `typed` by edit distance (ignoring ASCII case; a swap of neighbours is one edit),
/// if it is close enough to be a likely typo: at most a third of the typed length, and at least 1, edits away.
std::optional<std::string> closest_match(std::string_view typed, const std::vector<std::string>& candidates);

/// `"<base>; did you mean \"x\"?"` when a close candidate exists, else `base`.
std::string with_suggestion(std::string base, std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace coopstat
