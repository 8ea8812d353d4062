#include "input/header_line.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "coopstat/error.hpp"

using coopstat::input::HeaderLine;
using coopstat::input::read_header_line;

namespace {

HeaderLine header_of(const std::string& text) {
  std::istringstream input(text);
  const auto source = coopstat::input::stream_source(input);
  return read_header_line(*source, "h.csv");
}

// What the reader replays: the bytes taken to find the header, then the rest of the source.
std::string replayed(const std::string& text) {
  std::istringstream input(text);
  auto source = coopstat::input::stream_source(input);
  HeaderLine header = read_header_line(*source, "h.csv");
  coopstat::input::PrefixedSource replay(std::move(header.consumed), std::move(source));
  std::string out(text.size() + 10, '\0');
  out.resize(static_cast<std::size_t>(coopstat::input::read_fully(replay, out.data(), static_cast<int>(out.size()))));
  return out;
}

}  // namespace

TEST_CASE("header line: the first non-blank line, without BOM or CR") {
  const HeaderLine header = header_of("\xEF\xBB\xBFpartner,year\r\nFrance,2020\r\n");
  CHECK(header.found);
  CHECK(header.text == "partner,year");
  CHECK(header.line == 1);
}

TEST_CASE("header line: blank lines before it count for its line number") {
  const HeaderLine header = header_of("\n  \n\t\npartner,year\nFrance,2020\n");
  CHECK(header.text == "partner,year");
  CHECK(header.line == 4);
}

TEST_CASE("header line: no final newline, and no header at all") {
  CHECK(header_of("partner,year").text == "partner,year");
  CHECK_FALSE(header_of("").found);
  CHECK_FALSE(header_of("\n \n").found);
  CHECK_FALSE(header_of("\xEF\xBB\xBF").found);
}

TEST_CASE("header line: a header longer than a read chunk is found whole") {
  const std::string long_name(200000, 'x');
  CHECK(header_of(long_name + ",year\nFrance,2020\n").text == long_name + ",year");
}

TEST_CASE("header line: the replayed input is the whole input") {
  const std::string text = "\npartner,year\nFrance,2020\nJapan,2021\n";
  CHECK(replayed(text) == text);
  const std::string big = "partner,year\n" + std::string(300000, 'a') + ",2020\n";
  CHECK(replayed(big) == big);
}
