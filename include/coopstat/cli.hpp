#pragma once
// The program: parse the command line, run a command, print its result or one error line.

#include <iosfwd>

namespace coopstat {

/// Exit codes, decided in one place.
enum ExitCode : int { kExitSuccess = 0, kExitDataError = 1, kExitUsageError = 2 };

/// Runs coopstat with `argv`, writing results to `out` and messages to `err`; returns the exit code.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace coopstat
