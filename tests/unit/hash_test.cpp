#include "hash.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <unordered_set>

using coopstat::combine_hash;
using coopstat::mix_hash;

TEST_CASE("hash: the mixing step, worked by hand") {
  // 1 × 0x9E3779B97F4A7C15, then xor its high half 0x9E3779B9 into the low half.
  CHECK(mix_hash(1) == 0x9E3779B9E17D05ACULL);
  CHECK(mix_hash(2) == 0x3C6EF372C2FA0B58ULL);  // 2 × the multiplier wraps past 2^64
  CHECK(mix_hash(0) == 0);
  CHECK(combine_hash(mix_hash(1), 2) == 0xE785922BE3C82D6DULL);
}

TEST_CASE("hash: equal words hash equal, distinct words never collide, word order counts") {
  CHECK(mix_hash(123456789) == mix_hash(123456789));
  std::unordered_set<std::uint64_t> seen;
  for (std::uint64_t word = 0; word < 100000; ++word) seen.insert(mix_hash(word));
  CHECK(seen.size() == 100000);
  CHECK(combine_hash(combine_hash(0, 1), 2) != combine_hash(combine_hash(0, 2), 1));
}

TEST_CASE("hash: keys that differ only in their high bits spread over the low bits (the slots)") {
  // Pair and row keys put a code in the high 32 bits: 64,000 of them fill 64 slots evenly, within 5%.
  for (const std::uint64_t low : {0ULL, 7ULL}) {
    std::array<int, 64> slots{};
    for (std::uint64_t high = 0; high < 64000; ++high) ++slots[mix_hash(high << 32 | low) & 63];
    for (const int count : slots) CHECK(count >= 950);
    for (const int count : slots) CHECK(count <= 1050);
  }
  std::array<int, 64> slots{};
  for (std::uint64_t word = 0; word < 64000; ++word) ++slots[mix_hash(word) & 63];
  for (const int count : slots) CHECK(count >= 950);
}
