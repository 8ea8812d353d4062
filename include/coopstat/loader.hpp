#pragma once
// Reading CSV input into a Table: the entry of the input layer (src/input/loader.cpp).

#include <iosfwd>
#include <string>
#include <vector>

#include "coopstat/input_types.hpp"
#include "coopstat/table.hpp"

namespace coopstat {

/// Loads every path ("-" is standard input) into one Table, then resolves its partner names
/// (resolve_partner_names); throws Error on the first bad row unless options.skip_bad_rows.
Table load_csv(const std::vector<std::string>& paths, const LoadOptions& options, LoadReport& report);

/// Loads from a stream (`name` is used in messages); for tests and embedding.
Table load_csv(std::istream& input, const std::string& name, const LoadOptions& options, LoadReport& report);

}  // namespace coopstat
