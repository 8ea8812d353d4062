#pragma once
// The one exception type that leaves the library: a message ready for the user.

#include <cstdint>
#include <stdexcept>
#include <string>

namespace coopstat {

/// What went wrong decides the exit code: bad data (1) or a wrong command line (2).
enum class ErrorKind { data, usage };

/// A user-ready message, optionally located at FILE:LINE; printed as `coopstat: FILE:LINE: message`.
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, ErrorKind kind = ErrorKind::data);
  Error(std::string file, std::uint64_t line, std::string message, ErrorKind kind = ErrorKind::data);

  /// The message with its location, without the `coopstat: ` prefix.
  [[nodiscard]] std::string located_message() const;
  [[nodiscard]] ErrorKind kind() const { return kind_; }
  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] std::uint64_t line() const { return line_; }

 private:
  ErrorKind kind_ = ErrorKind::data;
  std::string file_;
  std::uint64_t line_ = 0;
};

/// A wrong command line: exit code 2.
inline Error usage_error(std::string message) { return Error(std::move(message), ErrorKind::usage); }

}  // namespace coopstat
