#include "source_name.hpp"

#include <fmt/format.h>

namespace coopstat {

std::string source_name(std::string_view path) { return is_standard_stream(path) ? "<stdin>" : std::string(path); }

std::string source_place(std::string_view name, std::uint64_t line) { return fmt::format("{}:{}", name, line); }

}  // namespace coopstat
