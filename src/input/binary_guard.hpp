#pragma once
// Refusing input that is not text: a NUL byte would silently cut a line short in csv.h.

#include <cstdint>
#include <string>
#include <string_view>

#include "coopstat/error.hpp"

namespace coopstat::input {

/// The error for a NUL byte on line `line` of `name`.
Error nul_byte(const std::string& name, std::uint64_t line);

/// Throws nul_byte at the first NUL in `bytes`, whose first byte is on line `first_line`.
void refuse_nul(std::string_view bytes, const std::string& name, std::uint64_t first_line);

}  // namespace coopstat::input
