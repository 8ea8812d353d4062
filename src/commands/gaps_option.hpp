#pragma once
// --gaps, shared by the commands that lay totals over the years (trend, summary, pivot, aggregate --per year).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/gaps.hpp"
#include "coopstat/result.hpp"

namespace CLI {
class App;
}

namespace coopstat {

/// Adds --gaps zero|missing, read into `value` (empty when not given).
void add_gaps_option(CLI::App& app, std::optional<Gaps>& value);

/// Says how `count` empty places (`what`: "year", "combination") were read: a note under `table`, and once in
/// `messages` (for standard error) when the rule was the data's default. Nothing when there are none.
void tell_gaps(const GapsRule& rule, std::size_t count, std::string_view what, ResultTable& table,
               std::vector<std::string>& messages);

}  // namespace coopstat
