#include "commands/slicing_option.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "coopstat/error.hpp"

namespace coopstat {

void add_slicing_options(CLI::App& app, Slicing& slicing) {
  auto* per = app.add_option_function<std::string>(
                     "--per",
                     [&slicing](const std::string& key) {
                       if (key != "year")
                         throw usage_error(fmt::format("--per: networks are cut by year, not \"{}\"", key));
                       slicing.kind = SliceKind::per_year;
                     },
                     "a network per year (year is the one value)")
                  ->type_name("year");
  auto* window = app.add_option_function<int>(
                        "--window",
                        [&slicing](int years) {
                          if (years < 1) throw usage_error("--window: a window needs at least 1 year");
                          slicing = {SliceKind::window, years};
                        },
                        "a network per year Y over the N years ending with Y (moving window)")
                     ->type_name("N");
  auto* cumulative = app.add_flag_callback(
      "--cumulative", [&slicing] { slicing.kind = SliceKind::cumulative; },
      "a network per year Y over every year up to Y");
  per->excludes(window)->excludes(cumulative);
  window->excludes(cumulative);
}

}  // namespace coopstat
