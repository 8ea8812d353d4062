#pragma once
// The 64-bit hash of rows, keys and names: one mixing step that hash tables (dictionary, record keys, pairs) share.

#include <cstdint>

namespace coopstat {

/// Mixes `word` so that each of its bits moves the low bits too (which pick a slot): a multiply by 2^64 / φ, then
/// the high half folded onto the low. A bijection, so distinct words never collide; mix_hash(0) is 0.
inline std::uint64_t mix_hash(std::uint64_t word) {
  word *= 0x9E3779B97F4A7C15ULL;
  return word ^ (word >> 32);
}

/// Adds `word` to the hash `seed` of the words before it; the order of the words counts.
inline std::uint64_t combine_hash(std::uint64_t seed, std::uint64_t word) { return mix_hash(seed ^ word); }

}  // namespace coopstat
