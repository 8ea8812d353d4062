#include "commands/gaps_option.hpp"

#include <array>

#include "commands/parsed_option.hpp"

namespace coopstat {
namespace {

constexpr std::array<Choice<Gaps>, 2> kGapsRules{{
    {"zero", "counts of events: nothing happened", Gaps::zero},
    {"missing", "measurements: unknown, left out", Gaps::missing},
}};

}  // namespace

void add_gaps_option(CLI::App& app, std::optional<Gaps>& value) {
  add_choice_option(app, "--gaps", value, kGapsRules, "gaps rule",
                    "a year without rows (default: missing for a wide table or one with missing values, else zero):")
      ->type_name("RULE");
}

void tell_gaps(const GapsRule& rule, std::size_t count, std::string_view what, ResultTable& table,
               std::vector<std::string>& messages) {
  table.note = gaps_note(rule, count, what);
  if (std::string message = gaps_default_message(rule, count, what); !message.empty())
    messages.push_back(std::move(message));
}

}  // namespace coopstat
