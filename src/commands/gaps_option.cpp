#include "commands/gaps_option.hpp"

#include <CLI/CLI.hpp>

namespace coopstat {

void add_gaps_option(CLI::App& app, std::string& value) {
  app.add_option("--gaps", value,
                 "a year without rows: zero (counts of events: nothing happened) or missing (measurements: unknown, "
                 "left out); default: missing for a wide table or one with missing values, else zero")
      ->check(CLI::IsMember({"zero", "missing"}))
      ->type_name("RULE");
}

void tell_gaps(const GapsRule& rule, std::size_t count, std::string_view what, ResultTable& table,
               std::vector<std::string>& messages) {
  table.note = gaps_note(rule, count, what);
  if (std::string message = gaps_default_message(rule, count, what); !message.empty())
    messages.push_back(std::move(message));
}

}  // namespace coopstat
