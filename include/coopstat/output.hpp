#pragma once
// Writing a result to a file so that a failed run never leaves a half-written file behind, and so that what the
// name leads to (a symbolic link, a device, a FIFO) is written through, never replaced.

#include <string>
#include <string_view>
#include <vector>

namespace coopstat {

/// Writes `content` to `path`. A regular file (or a new one) is written through a temporary file in its folder,
/// renamed over it at the end; through a symbolic link, that is the folder of the link's final target, and the
/// link stays. A character device, a FIFO, or the file standard output or error is open on (`/dev/stdout`) is
/// written into, at its end. Refuses a folder (Error) and one of `inputs` (usage Error).
void write_output_file(const std::string& path, std::string_view content, const std::vector<std::string>& inputs);

/// Throws a usage Error when `path` is one of the regular files `inputs` (checked before reading them, and again
/// when writing).
void refuse_input_as_output(const std::string& path, const std::vector<std::string>& inputs);

}  // namespace coopstat
