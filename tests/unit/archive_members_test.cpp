#include "input/archive_members.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using coopstat::input::choose_member;
using coopstat::input::Member;
using coopstat::input::Package;
using coopstat::input::package_of;
using coopstat::testing::error_message;

namespace {

Member text(std::string name) { return {std::move(name), true, "partner,year\nFrance,2020\n"}; }
Member binary(std::string name) { return {std::move(name), true, std::string("\x89PNG\r\n\x1a\n\0", 9)}; }
Member folder(std::string name) { return {std::move(name), false, ""}; }

std::string chosen(const std::vector<Member>& members) { return choose_member(members, std::nullopt, "d.zip").name; }

std::string choice_error(const std::vector<Member>& members, std::optional<std::string> named = std::nullopt) {
  return error_message([&] { choose_member(members, named, "d.zip"); });
}

}  // namespace

TEST_CASE("archive members: the one table is read, and the note says so") {
  const auto choice = choose_member({folder("export/"), text("export/data.csv")}, std::nullopt, "d.zip");
  CHECK(choice.name == "export/data.csv");
  CHECK(choice.note == "read member export/data.csv, the only table in d.zip");
  // A table's extension wins over a mere text file, and archiver litter is no table.
  CHECK(chosen({text("README.txt"), text("data.tsv"), text("__MACOSX/._data.tsv"), text(".hidden.csv")}) == "data.tsv");
  // Without a .csv/.tsv/.tab/.psv, a text file is read, by extension .txt or .dat or none, if it holds text.
  CHECK(chosen({binary("logo.png"), text("notes.md"), text("DATA.TXT")}) == "DATA.TXT");
  CHECK(chosen({binary("table"), text("table2")}) == "table2");
  // A .csv of binary is no table.
  CHECK(chosen({binary("a.csv"), text("b.csv")}) == "b.csv");
}

TEST_CASE("archive members: a World Bank download reads its data file and names the metadata") {
  const std::vector<Member> members{text("Metadata_Indicator_API_X_DS2.csv"), text("API_X_DS2.csv"),
                                    text("Metadata_Country_API_X_DS2.csv")};
  const auto choice = choose_member(members, std::nullopt, "wb.zip");
  CHECK(choice.name == "API_X_DS2.csv");
  CHECK(choice.note ==
        "read member API_X_DS2.csv, the data of a World Bank download (Metadata_Indicator_API_X_DS2.csv, "
        "Metadata_Country_API_X_DS2.csv: its metadata; name another member as wb.zip:MEMBER)");
}

TEST_CASE("archive members: none, several, or a missing named one are errors that list the members") {
  CHECK(choice_error({text("a.csv"), text("b.csv")}) ==
        "d.zip: the archive holds several tables: a.csv, b.csv; name one as d.zip:a.csv");
  // Two data files beside metadata are still two.
  CHECK(choice_error({text("API_1.csv"), text("API_2.csv"), text("Metadata_1.csv")}) ==
        "d.zip: the archive holds several tables: API_1.csv, API_2.csv, Metadata_1.csv; name one as d.zip:API_1.csv");
  CHECK(choice_error({binary("a.png"), folder("f/"), text("notes.md")}) ==
        "d.zip: no table in the archive (no .csv, .tsv or .txt file of text); its members: a.png, notes.md");
  CHECK(choice_error({}) == "d.zip: the archive holds no file");
  CHECK(choice_error({text("a.csv"), text("b.csv")}, "c.csv") ==
        "d.zip: no member \"c.csv\"; its members: a.csv, b.csv");
  CHECK(choice_error({}, "c.csv") == "d.zip: no member \"c.csv\": the archive holds no file");
  // Past ten members, the rest are counted.
  std::vector<Member> many;
  for (int i = 0; i < 12; ++i) many.push_back(text(std::to_string(i) + ".csv"));
  CHECK(choice_error(many) ==
        "d.zip: the archive holds several tables: 0.csv, 1.csv, 2.csv, 3.csv, 4.csv, 5.csv, 6.csv, 7.csv, 8.csv, "
        "9.csv and 2 more; name one as d.zip:0.csv");
}

TEST_CASE("archive members: names from the archive are shown on one line, in UTF-8") {
  CHECK(choice_error({text("a\nb.csv"), text("c\xff.csv"), text("d\x7f\tÉ.csv")}) ==
        "d.zip: the archive holds several tables: a\\x0Ab.csv, c\\xFF.csv, d\\x7F\\x09É.csv; name one as "
        "d.zip:a\\x0Ab.csv");
  CHECK(choose_member({text("r\r.csv")}, std::nullopt, "d.zip").note ==
        "read member r\\x0D.csv, the only table in d.zip");
  CHECK(choose_member({text("r\r.csv")}, std::nullopt, "d.zip").name == "r\r.csv");
}

TEST_CASE("archive members: a named member is read as named, whatever it holds") {
  const auto choice = choose_member({text("a.csv"), binary("b.bin")}, std::string("b.bin"), "d.zip");
  CHECK(choice.name == "b.bin");
  CHECK(choice.note.empty());
  CHECK(choice_error({folder("f/")}, "f/") == "d.zip: no member \"f/\": the archive holds no file");
}

TEST_CASE("archive members: what a zip that is a package is") {
  CHECK(package_of({text("[Content_Types].xml"), text("xl/workbook.xml")}) == Package::xlsx);
  CHECK(package_of({text("word/document.xml")}) == Package::docx);
  CHECK(package_of({text("ppt/presentation.xml")}) == Package::pptx);
  CHECK(package_of({{"mimetype", true, "application/vnd.oasis.opendocument.spreadsheet"}}) == Package::ods);
  CHECK(package_of({{"mimetype", true, "application/vnd.oasis.opendocument.text"}}) == Package::opendocument);
  CHECK(package_of({text("data.csv"), text("mimetype")}) == Package::none);
}
