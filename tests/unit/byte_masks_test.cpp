#include "input/byte_masks.hpp"

#include <doctest/doctest.h>

#include <string>

using coopstat::input::ByteMasks;
using coopstat::input::masks_of;
using coopstat::input::masks_of_tail;
using coopstat::input::prefix_parity;

TEST_CASE("byte masks: one bit per quote, line feed and NUL of 64 bytes") {
  std::string bytes(64, 'x');
  bytes[0] = '"';
  bytes[5] = '\n';
  bytes[17] = '\0';
  bytes[40] = '"';
  bytes[63] = '\n';
  const ByteMasks masks = masks_of(bytes.data());
  CHECK(masks.quotes == ((1ull << 0) | (1ull << 40)));
  CHECK(masks.line_breaks == ((1ull << 5) | (1ull << 63)));
  CHECK(masks.nuls == (1ull << 17));
}

TEST_CASE("byte masks: a tail sets no bit past its bytes, whatever lies there") {
  const std::string bytes = std::string("a\"\n", 3) + std::string(61, '\0');
  const ByteMasks masks = masks_of_tail(bytes.data(), 3);
  CHECK(masks.quotes == 0b010);
  CHECK(masks.line_breaks == 0b100);
  CHECK(masks.nuls == 0);
  CHECK(masks_of_tail(bytes.data(), 0).quotes == 0);
}

TEST_CASE("byte masks: prefix parity marks the bytes inside quotes, opening quote included") {
  CHECK(prefix_parity(0) == 0);
  // Quotes at 1 and 4: bytes 1–3 are inside.
  CHECK(prefix_parity(0b10010) == 0b01110);
  // A doubled quote (4 and 5) closes and reopens: only byte 4 is outside.
  CHECK(prefix_parity((1ull << 1) | (1ull << 4) | (1ull << 5) | (1ull << 7)) == 0b01101110);
  // An open quote at bit 62 carries to the top bit, which the next word starts from.
  CHECK((prefix_parity(1ull << 62) >> 62) == 0b11);
}
