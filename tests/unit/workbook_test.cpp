#include "input/workbook.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"

using coopstat::input::read_workbook;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream file(std::string(COOPSTAT_SOURCE_DIR) + "/tests/cli/fixtures/workbooks/" + name, std::ios::binary);
  REQUIRE(file);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace

// The texts were checked against the parts' XML (tests/cli/fixtures/make-workbooks.py) and against LibreOffice's own
// CSV export of each workbook, which shows the same cells (dates in its own layout, #N/A as written).
TEST_CASE("workbook: an xlsx sheet's cells as they are stored") {
  const std::string bytes = fixture("sheets.xlsx");
  const auto sheet = read_workbook(bytes, "sheets.xlsx", std::nullopt);
  REQUIRE(sheet);
  CHECK(sheet->choice.name == "Data");
  CHECK(sheet->choice.number == 1);
  CHECK(sheet->choice.sheets == std::vector<std::string>{"Data", "Notes", "By field"});
  CHECK(sheet->text ==
        "\"Agreements by partner, 2019-2021\",,,,,\n"
        "\n"
        "partner,year,field,active,agreements,budget\n"
        "France,2019-01-01,energy,TRUE,2,1234.1\n"
        "\"Korea, Republic of\",2020-06-18,,FALSE,3,0.1\n"
        "Japan,2021-01-01,health,TRUE,,2\n"
        "\n"
        "Brazil,2021-04-14,energy,FALSE,4,0.001\n");
}

TEST_CASE("workbook: a sheet chosen by name or by number; a name wins over a number") {
  const std::string bytes = fixture("sheets.xlsx");
  const std::string by_field =
      "partner,year,field,agreements\nChile,2020,water,5\nChile,2021,water,1\nKenya,2021,health,2\n";
  CHECK(read_workbook(bytes, "sheets.xlsx", "By field")->text == by_field);
  CHECK(read_workbook(bytes, "sheets.xlsx", "3")->text == by_field);
  CHECK(read_workbook(bytes, "sheets.xlsx", "3")->choice.name == "By field");
  CHECK_THROWS_WITH_AS(
      read_workbook(bytes, "sheets.xlsx", "4"),
      "--sheet \"4\": no such sheet; the workbook's sheets are 1 \"Data\", 2 \"Notes\", 3 \"By field\"",
      coopstat::Error);
  try {
    read_workbook(bytes, "sheets.xlsx", "Budget");
    FAIL("no error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    CHECK(error.file() == "sheets.xlsx");
  }
}

TEST_CASE("workbook: the 1904 date system") {
  const std::string bytes = fixture("dates-1904.xlsx");
  CHECK(read_workbook(bytes, "d.xlsx", std::nullopt)->text ==
        "partner,date,agreements\nFrance,2019-07-01,2\nFrance,2020-02-29,1\nJapan,2021-12-31,3\n");
}

TEST_CASE("workbook: an ods sheet, with repeated rows and cells, a comment, spaces and an =NA() error; a subtable") {
  const std::string bytes = fixture("sheets.ods");
  const auto sheet = read_workbook(bytes, "sheets.ods", std::nullopt);
  REQUIRE(sheet);
  CHECK(sheet->choice.sheets == std::vector<std::string>{"Data", "Other"});
  CHECK(sheet->text ==
        "\"Agreements, 2020-2022\",,\n"
        "\n"
        "partner,year,agreements\n"
        "France,2020-05-01,2\n"
        "\"Korea, Republic of\",2021-01-01,3\n"
        "Japan,2021-06-30,1\n"
        "Japan,2021-06-30,1\n"
        "Chile,2022-02-02,\n"
        "New Zealand,2022-03-03,4\n");
  // A table within a cell gives the cell its text, and is no sheet.
  CHECK(read_workbook(bytes, "sheets.ods", "Other")->text == "partner,year,agreements,notes\nPeru,2019,7,in ner\n");
  CHECK(read_workbook(bytes, "sheets.ods", "2")->choice.name == "Other");
  CHECK_THROWS_AS(read_workbook(bytes, "sheets.ods", "Inner"), coopstat::Error);
}

TEST_CASE("workbook: LibreOffice's own xlsx and ods of a CSV fixture give back its text") {
  const std::string tiny =
      "partner,year,field,type,agreements\nFrance,2020,climate change,signed,2\nFrance,2021,clean energy,renewed,1\n"
      "Germany,2020,climate change,signed,3\n\"Korea, Republic of\",2022,biodiversity,signed,1\n"
      "Germany,2022,clean energy,signed,4\nJapan,2022,climate change,renewed,2\n";
  CHECK(read_workbook(fixture("tiny.xlsx"), "tiny.xlsx", std::nullopt)->text == tiny);
  CHECK(read_workbook(fixture("tiny.ods"), "tiny.ods", std::nullopt)->text == tiny);
}

TEST_CASE("workbook: not a workbook, or a broken one") {
  CHECK_FALSE(read_workbook("partner,year\nFrance,2020\n", "t.csv", std::nullopt));
  CHECK_THROWS_WITH_AS(read_workbook(fixture("corrupt-xml.xlsx"), "c.xlsx", std::nullopt),
                       "the workbook is truncated or corrupt: not well-formed XML at line 1 (mismatched tag)",
                       coopstat::Error);
  CHECK_THROWS_AS(read_workbook(fixture("truncated.xlsx"), "t.xlsx", std::nullopt), coopstat::Error);
  // Every cut of a workbook is refused with an Error or read as no workbook: never a crash.
  const std::string whole = fixture("sheets.ods");
  for (std::size_t size = 4; size < whole.size(); size += 7) {
    try {
      read_workbook(std::string_view(whole).substr(0, size), "cut.ods", std::nullopt);
    } catch (const coopstat::Error&) {
    }
  }
}

TEST_CASE("workbook: --sheet on an input that is no workbook is a usage error") {
  std::istringstream csv("partner,year\nFrance,2020\n");
  coopstat::LoadOptions options;
  options.sheet = "2";
  coopstat::LoadReport report;
  try {
    coopstat::load_csv(csv, "t.csv", options, report);
    FAIL("no error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::usage);
    CHECK(std::string(error.what()) == "--sheet \"2\": the input is not a workbook (xlsx or ods)");
  }
}
