#pragma once
// Options whose text becomes a typed value while the command line is read, before any data: a name that is not in
// the option's table fails in milliseconds with exit 2 and "did you mean", however large the input.
//
// The parse functions throw coopstat's usage Error, which CLI11 lets through app.parse(); its message is the same
// as if the name had been parsed later.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/error.hpp"
#include "suggest.hpp"

namespace coopstat {

/// An entry of a small name table: the name typed, what it means, the value it stands for.
template <class T>
struct Choice {
  std::string_view name;
  std::string_view help;
  T value;
};

/// `intro`, then a line per entry with its name and help: the help text of an option taking one of them.
template <class Entries>
std::string choices_help(std::string_view intro, const Entries& entries) {
  std::size_t width = 0;
  for (const auto& entry : entries) width = std::max(width, entry.name.size());
  std::string help(intro);
  for (const auto& entry : entries) help += fmt::format("\n  {:<{}}{}", entry.name, width + 2, entry.help);
  return help;
}

/// The option's long name, which messages use: "--top" of "-n,--top".
inline std::string option_name(const std::string& flags) { return flags.substr(flags.rfind(',') + 1); }

/// Runs `parse`; a usage error it throws names the option `name` first (unless it already does), so that a wrong
/// value says which option it was given to.
template <class Parse>
auto parse_for_option(const std::string& name, Parse&& parse) {
  try {
    return parse();
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::usage || std::string_view(error.what()).starts_with(name)) throw;
    throw usage_error(fmt::format("{}: {}", name, error.what()));
  }
}

/// Adds `flag`, whose text `parse` turns into `value` as the command line is read.
template <class Target, class Parse>
CLI::Option* add_parsed_option(CLI::App& app, const std::string& flag, Target& value, Parse parse,
                               const std::string& help) {
  return app.add_option_function<std::string>(
      flag,
      [&value, parse, name = option_name(flag)](const std::string& text) {
        value = parse_for_option(name, [&] { return parse(text); });
      },
      help);
}

/// Adds `flag` taking a comma-separated list (or the flag repeated), which `parse` turns into `values`.
template <class Target, class Parse>
CLI::Option* add_parsed_list_option(CLI::App& app, const std::string& flag, std::vector<Target>& values, Parse parse,
                                    const std::string& help) {
  return app
      .add_option_function<std::vector<std::string>>(
          flag,
          [&values, parse, name = option_name(flag)](const std::vector<std::string>& names) {
            values = parse_for_option(name, [&] { return parse(names); });
          },
          help)
      ->delimiter(',');
}

/// Adds `flag` taking one name of `choices` (a table with static storage; `what` names its entries in errors, e.g.
/// "gaps rule"), with help listing them after `intro`; the default shown is the entry `value` starts as, if any.
template <class Choices, class Target>
CLI::Option* add_choice_option(CLI::App& app, const std::string& flag, Target& value, const Choices& choices,
                               std::string_view what, std::string_view intro) {
  const auto parse = [&choices, what](std::string_view name) {
    return find_named<typename Choices::value_type>(choices, name, what).value;
  };
  CLI::Option* option = add_parsed_option(app, flag, value, parse, choices_help(intro, choices));
  for (const auto& choice : choices)
    if (choice.value == value) option->default_str(std::string(choice.name));
  return option;
}

}  // namespace coopstat
