#pragma once
// "Did you mean": the nearest known name to a mistyped one.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/error.hpp"

namespace coopstat {

/// The candidate closest to `typed` by edit distance (ignoring ASCII case; a swap of neighbours is one edit),
/// if it is close enough to be a likely typo: at most a third of the typed length, and at least 1, edits away.
std::optional<std::string> closest_match(std::string_view typed, const std::vector<std::string>& candidates);

/// `"<base>; did you mean \"x\"?"` when a close candidate exists, else `base`.
std::string with_suggestion(std::string base, std::string_view typed, const std::vector<std::string>& candidates);

/// The usage Error for a name that is none of `known`: `unknown WHAT "typed" (WHATs: a, b); did you mean "a"?`
Error unknown_name_error(std::string_view what, std::string_view typed, const std::vector<std::string>& known);

/// The entry of a name table (statistics, keys, formats, commands…) called `name`, or unknown_name_error().
template <class Entry>
const Entry& find_named(std::span<const Entry> entries, std::string_view name, std::string_view what) {
  std::vector<std::string> known;
  for (const Entry& entry : entries) {
    if (entry.name == name) return entry;
    known.emplace_back(entry.name);
  }
  throw unknown_name_error(what, name, known);
}

}  // namespace coopstat
