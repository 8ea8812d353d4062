#pragma once
// The shape of a subcommand: its own options, and a run that turns the query into result tables.

#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/loader.hpp"
#include "coopstat/network_document.hpp"
#include "coopstat/query.hpp"
#include "coopstat/render.hpp"
#include "coopstat/result.hpp"

namespace CLI {
class App;
}

namespace coopstat {

/// What every command runs on: the loaded rows behind the query, what loading skipped, and the output format.
/// A command that reads no data (Command::reads_data) gets an empty table.
struct CommandInput {
  const Query& query;
  const LoadReport& report;
  Format format;
  /// --totals: total rows and columns asked for in every format (formats for people show them anyway).
  bool totals = false;
  /// The pair order the rows were loaded with (--pairs, or the command's default_pair_order()).
  PairOrder pairs = PairOrder::ordered;
};

/// What a command produced: the tables to print, and whether the run failed (exit code 1) all the same.
struct CommandOutput {
  CommandOutput(std::initializer_list<ResultTable> tables_) : tables(tables_) {}
  CommandOutput(std::vector<ResultTable> tables_) : tables(std::move(tables_)) {}  // NOLINT: implicit on purpose

  std::vector<ResultTable> tables;
  bool failed = false;
  /// Lines for standard error (without the "coopstat: " prefix): what the command assumed, said once.
  std::vector<std::string> messages;
  /// The networks behind the tables, with their attributes: what a network format (--format pajek, graphml, gexf,
  /// vosviewer) writes instead of the tables. A command that fills it returns a network_slicing().
  std::optional<NetworkDocument> network;
};

/// One subcommand. configure() adds its own options (the shared ones are added for it); execute()
/// computes, never prints.
class Command {
 public:
  virtual ~Command() = default;
  virtual void configure(CLI::App& app) = 0;
  /// A command that validates the data reads every row and file it can and reports the rest itself.
  [[nodiscard]] virtual bool validates() const { return false; }
  /// Asks the loader for what the command needs beyond the rows (`check`: the key of every record).
  virtual void prepare(LoadOptions& /*options*/) const {}
  /// The pair order when --pairs is not given: links and networks are about co-operation, which has no direction.
  [[nodiscard]] virtual PairOrder default_pair_order() const { return PairOrder::ordered; }
  /// A command that writes networks (--format pajek, graphml, gexf, vosviewer: CommandOutput::network) returns the
  /// slicing it parsed, so that a format's limits are checked before loading; null: it writes tables only.
  [[nodiscard]] virtual const Slicing* network_slicing() const { return nullptr; }
  /// A command that answers from coopstat's own reference data takes no FILE, input options or filters.
  [[nodiscard]] virtual bool reads_data() const { return true; }
  /// A command whose tables have total rows or columns takes --totals, with this help; empty: no --totals.
  [[nodiscard]] virtual std::string_view totals_help() const { return {}; }
  [[nodiscard]] virtual CommandOutput execute(const CommandInput& input) const = 0;
};

/// A registry entry: the command's name, its one-line help, and how to make it.
struct CommandInfo {
  std::string_view name;
  std::string_view help;
  std::unique_ptr<Command> (*make)();
};

/// Every subcommand, in the order help lists them (registry.cpp).
std::span<const CommandInfo> command_registry();

std::unique_ptr<Command> make_summary_command();
std::unique_ptr<Command> make_aggregate_command();
std::unique_ptr<Command> make_trend_command();
std::unique_ptr<Command> make_breakdown_command();
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_top_command();
std::unique_ptr<Command> make_pivot_command();
std::unique_ptr<Command> make_network_command();
std::unique_ptr<Command> make_columns_command();
std::unique_ptr<Command> make_countries_command();
std::unique_ptr<Command> make_links_command();

}  // namespace coopstat
