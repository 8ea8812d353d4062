#pragma once
// Command-line options that several commands share, so they read and fail the same way everywhere.

#include <cstddef>
#include <string>
#include <vector>

#include "coopstat/aggregation.hpp"
#include "coopstat/query.hpp"

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace coopstat {

/// Accepts a whole number, 0 or more, and says so otherwise.
CLI::Validator whole_number_check();

/// Adds `name` taking a whole number, 0 or more, into `value`.
CLI::Option* add_count_option(CLI::App& app, const std::string& name, std::size_t& value, const std::string& help);

/// Parses key names (`partner,year`), refusing a key named twice.
std::vector<Key> parse_keys(const std::vector<std::string>& names, std::string_view flag);

/// Parses measure names (`count,sum,p90`), refusing a measure named twice.
std::vector<Measure> parse_measures(const std::vector<std::string>& names);

/// The help text that lists the keys.
std::string key_help(std::string_view what);

}  // namespace coopstat
