#include "source_name.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace coopstat {

std::string source_name(std::string_view path) { return is_standard_stream(path) ? "<stdin>" : std::string(path); }

std::string source_place(std::string_view name, std::uint64_t line) { return fmt::format("{}:{}", name, line); }

InputPath split_member_path(const std::string& path) {
  std::error_code error;
  if (is_standard_stream(path) || std::filesystem::exists(path, error)) return {path, std::nullopt};
  for (std::size_t colon = path.find(':'); colon != std::string::npos; colon = path.find(':', colon + 1)) {
    const std::string file = path.substr(0, colon);
    if (colon + 1 < path.size() && std::filesystem::is_regular_file(file, error)) return {file, path.substr(colon + 1)};
  }
  return {path, std::nullopt};
}

}  // namespace coopstat
