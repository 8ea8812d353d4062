#include "coopstat/error.hpp"

#include <fmt/format.h>

namespace coopstat {

Error::Error(std::string message, ErrorKind kind) : std::runtime_error(std::move(message)), kind_(kind) {}

Error::Error(std::string file, std::uint64_t line, std::string message, ErrorKind kind)
    : std::runtime_error(std::move(message)), kind_(kind), file_(std::move(file)), line_(line) {}

std::string Error::located_message() const {
  if (file_.empty()) return what();
  if (line_ == 0) return fmt::format("{}: {}", file_, what());
  return fmt::format("{}:{}: {}", file_, line_, what());
}

}  // namespace coopstat
