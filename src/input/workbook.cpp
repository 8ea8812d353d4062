#include "input/workbook.hpp"

#include <fmt/format.h>

#include "coopstat/error.hpp"

namespace coopstat::input {

void read_workbook(const ArchiveBytes& /*archive*/, Package package, const std::string& name) {
  throw Error(
      name, 0,
      fmt::format("{}: reading workbooks comes with --sheet; until then save the sheet as CSV",
                  package == Package::ods ? "an OpenDocument spreadsheet (.ods)" : "an Excel workbook (.xlsx)"));
}

}  // namespace coopstat::input
