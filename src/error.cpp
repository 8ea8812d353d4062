#include "coopstat/error.hpp"

#include <fmt/format.h>

#include "source_name.hpp"
#include "text.hpp"

namespace coopstat {

// Messages quote values and names from the data: bytes of another encoding are written as \xNN, never raw.
Error::Error(std::string message, ErrorKind kind) : std::runtime_error(escape_invalid_utf8(message)), kind_(kind) {}

Error::Error(std::string file, std::uint64_t line, std::string message, ErrorKind kind)
    : std::runtime_error(escape_invalid_utf8(message)), kind_(kind), file_(escape_invalid_utf8(file)), line_(line) {}

std::string Error::located_message() const {
  if (file_.empty()) return what();
  if (line_ == 0) return fmt::format("{}: {}", file_, what());
  return fmt::format("{}: {}", source_place(file_, line_), what());
}

}  // namespace coopstat
