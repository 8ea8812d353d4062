#pragma once
// How a long load tells its caller how far it has got (src/progress.hpp draws it on a terminal).

#include <cstdint>
#include <string_view>

namespace coopstat {

/// Told now and then, while rows are read, how far loading has got.
class LoadProgress {
 public:
  virtual ~LoadProgress() = default;
  /// `bytes` read from `file` so far (as stored: compressed for gzip), and the rows loaded from all files.
  virtual void update(std::string_view file, std::uint64_t bytes, std::uint64_t rows) = 0;
};

}  // namespace coopstat
