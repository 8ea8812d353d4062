#include "input/leading_lines.hpp"

#include <doctest/doctest.h>

#include <sstream>

using coopstat::input::LeadingLine;
using coopstat::input::LeadingLines;

namespace {

std::optional<LeadingLine> first_non_blank(const std::string& text) {
  std::istringstream input(text);
  const auto source = coopstat::input::stream_source(input);
  LeadingLines lines(*source, "h.csv");
  return lines.next_non_blank();
}

// What the reader replays after the header was found on line `header`: the bytes taken, lines before the
// header emptied, then the rest of the source.
std::string replayed(const std::string& text, std::uint32_t header) {
  std::istringstream input(text);
  auto source = coopstat::input::stream_source(input);
  LeadingLines lines(*source, "h.csv");
  coopstat::input::LeadingLine found;
  while (const auto line = lines.next()) {
    found = *line;
    if (line->number == header) break;
  }
  coopstat::input::PrefixedSource replay(std::move(lines).replay_from(found), std::move(source));
  std::string out(text.size() + 10, '\0');
  out.resize(static_cast<std::size_t>(coopstat::input::read_fully(replay, out.data(), static_cast<int>(out.size()))));
  return out;
}

}  // namespace

TEST_CASE("leading lines: the first non-blank line, without BOM or CR") {
  const auto header = first_non_blank("\xEF\xBB\xBFpartner,year\r\nFrance,2020\r\n");
  REQUIRE(header);
  CHECK(header->text == "partner,year");
  CHECK(header->number == 1);
}

TEST_CASE("leading lines: blank lines before it count for its line number") {
  const auto header = first_non_blank("\n  \n\t\npartner,year\nFrance,2020\n");
  REQUIRE(header);
  CHECK(header->text == "partner,year");
  CHECK(header->number == 4);
}

TEST_CASE("leading lines: no final newline, and no line at all") {
  CHECK(first_non_blank("partner,year")->text == "partner,year");
  CHECK_FALSE(first_non_blank(""));
  CHECK_FALSE(first_non_blank("\n \n"));
  CHECK_FALSE(first_non_blank("\xEF\xBB\xBF"));
}

TEST_CASE("leading lines: every line in turn, blank ones too") {
  std::istringstream input("\"Data Source\",\"WDI\",\r\n\r\nCountry Name,2020\r\n");
  const auto source = coopstat::input::stream_source(input);
  LeadingLines lines(*source, "h.csv");
  CHECK(lines.next()->text == "\"Data Source\",\"WDI\",");
  CHECK(lines.next()->text.empty());
  const auto third = lines.next();
  CHECK(third->text == "Country Name,2020");
  CHECK(third->number == 3);
  CHECK_FALSE(lines.next());
}

TEST_CASE("leading lines: a line longer than a read chunk is read whole") {
  const std::string long_name(200000, 'x');
  CHECK(first_non_blank(long_name + ",year\nFrance,2020\n")->text == long_name + ",year");
}

TEST_CASE("leading lines: the replay is the whole input, lines before the header emptied") {
  const std::string text = "\npartner,year\nFrance,2020\nJapan,2021\n";
  CHECK(replayed(text, 2) == text);
  const std::string big = "partner,year\n" + std::string(300000, 'a') + ",2020\n";
  CHECK(replayed(big, 1) == big);
  CHECK(replayed("\xEF\xBB\xBFTitle,\"x\"\r\n\r\npartner,year\r\nFrance,2020\r\n", 3) ==
        "\n\npartner,year\r\nFrance,2020\r\n");
}
