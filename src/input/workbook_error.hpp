#pragma once
// The one error for a workbook that cannot be read: "coopstat: data.xlsx: xl/workbook.xml: the workbook is truncated or
// corrupt: …".

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "coopstat/error.hpp"

namespace coopstat::input {

/// A corrupt or truncated workbook; `place` names the file and, when known, the part.
inline Error corrupt_workbook(const std::string& place, std::string_view why) {
  return Error(place, 0, fmt::format("the workbook is truncated or corrupt: {}", why));
}

}  // namespace coopstat::input
