#pragma once
// Writing a result to a file so that a failed run never leaves a half-written file behind.

#include <string>
#include <string_view>
#include <vector>

namespace coopstat {

/// Writes `content` to `path` through a temporary file in the same folder, renamed over `path` at the end.
/// Refuses (usage Error) when `path` is one of `inputs`.
void write_file_atomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs);

}  // namespace coopstat
