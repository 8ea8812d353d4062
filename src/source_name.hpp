#pragma once
// How an input is named on the command line ("-" for standard input) and in messages ("<stdin>", FILE:LINE).

#include <cstdint>
#include <optional>
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

/// An input's path as given, split into the file and the archive member it names: "wb.zip:API_X.csv" is the member
/// API_X.csv of wb.zip when no file "wb.zip:API_X.csv" exists and wb.zip does.
struct InputPath {
  std::string file;
  std::optional<std::string> member;
};

/// Splits `path` at the first colon after which a member is named of a regular file that exists; a path that exists
/// is a file whatever its colons.
InputPath split_member_path(const std::string& path);

}  // namespace coopstat
