#include <array>

#include "commands/command.hpp"

namespace coopstat {

std::span<const CommandInfo> command_registry() {
  static constexpr std::array<CommandInfo, 1> kCommands{{
      {"summary", "the headline report: totals, years, top partners and fields, distribution",
       make_summary_command},
  }};
  return kCommands;
}

}  // namespace coopstat
