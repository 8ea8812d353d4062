#pragma once
// The bytes the loader looks for before csv.h does (quotes, line breaks, NUL), found 64 at a time: one bit per
// byte, so a block is scanned once whatever it holds.

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace coopstat::input {

/// How many bytes one ByteMasks describes.
inline constexpr std::size_t kMaskBytes = 64;

/// Bit i is set where byte i of the 64 is a double quote, a line feed, a NUL.
struct ByteMasks {
  std::uint64_t quotes = 0;
  std::uint64_t line_breaks = 0;
  std::uint64_t nuls = 0;
};

#if defined(__SSE2__)
namespace detail {
inline std::uint64_t equal_mask(const __m128i (&parts)[4], char wanted) {
  const __m128i pattern = _mm_set1_epi8(wanted);
  std::uint64_t mask = 0;
  for (int part = 0; part < 4; ++part)
    mask |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(parts[part], pattern)))}
            << (16 * part);
  return mask;
}
}  // namespace detail
#endif

/// The masks of the 64 bytes at `bytes`.
inline ByteMasks masks_of(const char* bytes) {
#if defined(__SSE2__)
  __m128i parts[4];
  for (int part = 0; part < 4; ++part)
    parts[part] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
  return {detail::equal_mask(parts, '"'), detail::equal_mask(parts, '\n'), detail::equal_mask(parts, '\0')};
#else
  ByteMasks masks;
  for (std::size_t i = 0; i < kMaskBytes; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (bytes[i] == '"') masks.quotes |= bit;
    if (bytes[i] == '\n') masks.line_breaks |= bit;
    if (bytes[i] == '\0') masks.nuls |= bit;
  }
  return masks;
#endif
}

/// The masks of the `size` (< 64) bytes at `bytes`; the bits past them are clear.
inline ByteMasks masks_of_tail(const char* bytes, std::size_t size) {
  char padded[kMaskBytes];
  std::memset(padded, ' ', sizeof padded);
  std::memcpy(padded, bytes, size);
  ByteMasks masks = masks_of(padded);
  const std::uint64_t kept = size == 0 ? 0 : ~std::uint64_t{0} >> (kMaskBytes - size);
  masks.quotes &= kept;
  masks.line_breaks &= kept;
  masks.nuls &= kept;
  return masks;
}

/// Bit i of the result is the parity of the set bits 0…i of `bits`: with `bits` the quotes, the bytes inside
/// quotes (each opening quote included, each closing one not). A doubled quote closes and reopens.
inline std::uint64_t prefix_parity(std::uint64_t bits) {
  for (int shift = 1; shift < 64; shift *= 2) bits ^= bits << shift;
  return bits;
}

/// How many double quotes and line breaks `size` bytes hold. A line break is a LF, or a CR not followed by a LF (as
/// with_line_feeds reads it: line_ends.hpp); `next` is the byte after them ('\0' at the end of the input). Counting
/// needs no masks: each compare adds 1 to its byte lane, and the lanes are summed before they can wrap.
struct QuotesAndBreaks {
  std::uint64_t quotes = 0;
  std::uint64_t line_breaks = 0;
};
inline QuotesAndBreaks count_quotes_and_breaks(const char* bytes, std::size_t size, char next) {
  QuotesAndBreaks count;
  std::size_t at = 0;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i line_feed = _mm_set1_epi8('\n');
  const __m128i carriage_return = _mm_set1_epi8('\r');
  const __m128i zero = _mm_setzero_si128();
  const auto lane_sum = [&zero](__m128i lanes) {
    const __m128i halves = _mm_sad_epu8(lanes, zero);  // two sums of eight lanes
    return static_cast<std::uint64_t>(_mm_cvtsi128_si32(halves) + _mm_extract_epi16(halves, 4));
  };
  // Each block's next byte is in the bytes: a CR is followed by a LF or not.
  while (at + 17 <= size) {
    __m128i quotes = zero;
    __m128i line_breaks = zero;
    for (int round = 0; round < 255 && at + 17 <= size; ++round, at += 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
      const __m128i after = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at + 1));
      const __m128i lone_cr =
          _mm_andnot_si128(_mm_cmpeq_epi8(after, line_feed), _mm_cmpeq_epi8(block, carriage_return));
      quotes = _mm_sub_epi8(quotes, _mm_cmpeq_epi8(block, quote));
      line_breaks = _mm_sub_epi8(line_breaks, _mm_or_si128(_mm_cmpeq_epi8(block, line_feed), lone_cr));
    }
    count.quotes += lane_sum(quotes);
    count.line_breaks += lane_sum(line_breaks);
  }
#endif
  for (; at < size; ++at) {
    const char after = at + 1 < size ? bytes[at + 1] : next;
    count.quotes += bytes[at] == '"' ? 1 : 0;
    count.line_breaks += bytes[at] == '\n' || (bytes[at] == '\r' && after != '\n') ? 1 : 0;
  }
  return count;
}

/// The bits of `mask` below bit `bit`.
inline std::uint64_t bits_below(std::uint64_t mask, int bit) { return mask & ((std::uint64_t{1} << bit) - 1); }

}  // namespace coopstat::input
