#include <array>

#include "commands/command.hpp"

namespace coopstat {

std::span<const CommandInfo> command_registry() {
  static constexpr std::array<CommandInfo, 11> kCommands{{
      {"summary", "the headline report: totals, years, top partners and fields, distribution", make_summary_command},
      {"aggregate", "statistics per group over any keys: count, sum, mean, median, quantiles, sd…",
       make_aggregate_command},
      {"trend", "growth over the years: change, CAGR, least squares, Sen's slope, Mann–Kendall test",
       make_trend_command},
      {"breakdown", "shares per field (or partner, type), within groups, concentration (HHI), period comparison",
       make_breakdown_command},
      {"top", "the largest groups, with rank, share and cumulative share", make_top_command},
      {"links", "per country pair: link weight and indices (cosine, association, affinity…)", make_links_command},
      {"network", "each country's centrality, clustering and k-core in the network", make_network_command},
      {"pivot", "a cross-tab of two keys, e.g. partner × year, with row and column totals", make_pivot_command},
      {"check", "validate a dataset for CI: every problem with FILE:LINE, exit 1 on errors", make_check_command},
      {"columns", "how each input was read: shape, separator, header line, and the role of every column and why",
       make_columns_command},
      {"countries", "look up country names and codes, or list the country table (codes, regions, aliases)",
       make_countries_command},
  }};
  return kCommands;
}

}  // namespace coopstat
