#pragma once
// A spreadsheet workbook (.xlsx, .ods) found inside an input: the one place the workbook reader is called from.

#include <string>

#include "input/archive_members.hpp"
#include "input/archive_source.hpp"

namespace coopstat::input {

/// Reads the workbook `archive` (an .xlsx or .ods package), named `name` in messages. Workbooks are not read yet:
/// this is an Error saying so and what to do instead.
[[noreturn]] void read_workbook(const ArchiveBytes& archive, Package package, const std::string& name);

}  // namespace coopstat::input
