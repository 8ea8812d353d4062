#include "input/byte_masks.hpp"

#include <doctest/doctest.h>

#include <string>

using coopstat::input::ByteMasks;
using coopstat::input::count_quotes_and_breaks;
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

TEST_CASE("byte masks: quotes and line breaks (LF, CR alone) counted, across every way a block can end") {
  // Lengths around 16-byte loads and the 255 rounds after which the lanes are summed (4,080 bytes); a pattern of 13
  // bytes puts CR, CR LF and CR CR at every place in a load, and the byte after the last is a LF or not.
  std::string bytes;
  for (std::size_t i = 0; i < 9001; ++i) bytes += "\"\nab,\r\"\n\n\r\n\r\r"[i % 13];
  for (const std::size_t size : {0u, 1u, 6u, 15u, 16u, 17u, 4079u, 4080u, 4081u, 8160u, 9000u}) {
    for (const char next : {'\n', 'a'}) {
      CAPTURE(size);
      CAPTURE(next);
      std::uint64_t quotes = 0;
      std::uint64_t line_breaks = 0;
      for (std::size_t i = 0; i < size; ++i) {
        const char after = i + 1 < size ? bytes[i + 1] : next;
        quotes += bytes[i] == '"' ? 1 : 0;
        line_breaks += bytes[i] == '\n' || (bytes[i] == '\r' && after != '\n') ? 1 : 0;
      }
      const auto count = count_quotes_and_breaks(bytes.data(), size, next);
      CHECK(count.quotes == quotes);
      CHECK(count.line_breaks == line_breaks);
    }
  }
  // 255 rounds of 16 quotes: every lane at 255, the most it holds.
  const std::string all_quotes(4080, '"');
  CHECK(count_quotes_and_breaks(all_quotes.data(), all_quotes.size(), '\0').quotes == 4080);
  const std::string all_crs(4080, '\r');
  CHECK(count_quotes_and_breaks(all_crs.data(), all_crs.size(), '\n').line_breaks == 4079);
}
