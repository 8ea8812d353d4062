#include "commands/options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>

#include "coopstat/error.hpp"

namespace coopstat {

CLI::Validator whole_number_check() {
  const auto whole_number = [](const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos
               ? std::string()
               : fmt::format("\"{}\" is not a whole number, 0 or more", text);
  };
  return {whole_number, "N", "whole number"};
}

CLI::Option* add_count_option(CLI::App& app, const std::string& name, std::size_t& value, const std::string& help) {
  return app.add_option(name, value, help)->type_name("N")->check(whole_number_check());
}

std::vector<Key> parse_keys(const std::vector<std::string>& names, std::string_view flag) {
  std::vector<Key> keys;
  for (const std::string& name : names) {
    const Key key = parse_key(name);
    if (std::find(keys.begin(), keys.end(), key) != keys.end())
      throw usage_error(fmt::format("{}: the key \"{}\" is named twice", flag, name));
    keys.push_back(key);
  }
  return keys;
}

std::vector<Measure> parse_measures(const std::vector<std::string>& names) {
  std::vector<Measure> measures;
  for (const std::string& name : names) {
    if (std::any_of(measures.begin(), measures.end(), [&name](const Measure& m) { return m.name == name; }))
      throw usage_error(fmt::format("--stats: \"{}\" is named twice", name));
    measures.push_back(parse_measure(name));
  }
  return measures;
}

std::string key_help(std::string_view what) {
  std::string help(what);
  for (const KeyInfo& info : key_catalogue()) help += fmt::format("\n  {:<11}{}", info.name, info.help);
  return help;
}

}  // namespace coopstat
