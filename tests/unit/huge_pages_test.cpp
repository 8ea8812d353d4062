#include "huge_pages.hpp"

#include <doctest/doctest.h>

#include <numeric>
#include <vector>

TEST_CASE("huge pages: the advice leaves memory as it was, on any range") {
  std::vector<unsigned char> bytes(std::size_t{9} << 20);
  std::iota(bytes.begin(), bytes.end(), static_cast<unsigned char>(0));
  coopstat::prefer_huge_pages(bytes.data() + 3, bytes.size() - 5);  // unaligned at both ends
  coopstat::prefer_huge_pages(bytes.data(), 100);                   // no whole 2 MiB page inside
  coopstat::prefer_huge_pages(bytes.data(), 0);
  for (std::size_t i = 0; i < bytes.size(); i += 4099) CHECK(bytes[i] == static_cast<unsigned char>(i));
  bytes.back() = 7;
  CHECK(bytes.back() == 7);
}
