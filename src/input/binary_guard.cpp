#include "input/binary_guard.hpp"

#include <algorithm>

namespace coopstat::input {

Error nul_byte(const std::string& name, std::uint64_t line) {
  return Error(name, line,
               "a NUL byte: the input is not text (binary, or UTF-16 without a byte order mark: --encoding utf-16le)");
}

void refuse_nul(std::string_view bytes, const std::string& name, std::uint64_t first_line) {
  const std::size_t nul = bytes.find('\0');
  if (nul == std::string_view::npos) return;
  throw nul_byte(name, first_line + static_cast<std::uint64_t>(std::count(
                                        bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(nul), '\n')));
}

}  // namespace coopstat::input
