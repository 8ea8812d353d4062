#pragma once
// How an input is named on the command line ("-" for standard input) and in messages ("<stdin>", FILE:LINE).

#include <cstdint>
#include <string>
#include <string_view>

namespace coopstat {

/// The path that stands for standard input (and, after -o, standard output).
inline constexpr std::string_view kStandardStream = "-";

/// Whether `path` is "-", standard input or output.
inline bool is_standard_stream(std::string_view path) { return path == kStandardStream; }

/// How messages name the input read from `path`: "<stdin>" for "-", else the path as given.
std::string source_name(std::string_view path);

/// A place in an input as messages write it: "data.csv:12".
std::string source_place(std::string_view name, std::uint64_t line);

}  // namespace coopstat
