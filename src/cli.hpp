#pragma once
// The program: parse the command line, run a command, print its result or one error line.

#include <iosfwd>

namespace coopstat {

/// Exit codes, decided in one place (docs/exit-codes.md).
enum class ExitCode {
  success = 0,      ///< done (`check`: no errors, and no warnings with --strict)
  data_error = 1,   ///< the data or the system failed
  usage_error = 2,  ///< the command line asks for something that cannot be
};

/// Runs coopstat with `argv`, writing results to `out` and messages to `err`; returns the exit code.
ExitCode run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace coopstat
