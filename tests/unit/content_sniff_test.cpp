#include "input/content_sniff.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

using coopstat::input::Content;
using coopstat::input::sniff_content;
using namespace std::string_literals;

TEST_CASE("content sniff: compressions and archives by their first bytes") {
  CHECK(sniff_content("\x1f\x8b\x08\x00"s) == Content::gzip);
  CHECK(sniff_content("\xfd"
                      "7zXZ\0\0\x04"s) == Content::xz);
  CHECK(sniff_content("\x28\xb5\x2f\xfd\x24"s) == Content::zstd);
  CHECK(sniff_content("BZh91AY&SY\x01"s) == Content::bzip2);
  CHECK(sniff_content("BZh9\x17\x72\x45\x38\x50\x90\0\0\0\0"s) == Content::bzip2);  // an empty stream
  CHECK(sniff_content("PK\x03\x04\x14\0"s) == Content::zip);
  CHECK(sniff_content("PK\x05\x06"s + std::string(18, '\0')) == Content::zip);
  // A tar header block: name, "ustar" at 257, and the checksum (the bytes' sum, its own field as 8 spaces) at 148.
  std::string tar(512, '\0');
  tar.replace(0, 8, "tiny.csv");
  tar.replace(257, 6, "ustar\0"s);
  unsigned sum = 8 * ' ';
  for (const char c : tar) sum += static_cast<unsigned char>(c);
  char checksum[8];
  std::snprintf(checksum, sizeof checksum, "%06o", sum);
  tar.replace(148, 8, std::string(checksum, 6) + "\0 "s);
  CHECK(sniff_content(tar) == Content::tar);
  tar[0] = 'T';  // the sum no longer matches
  CHECK(sniff_content(tar) == Content::text);
}

TEST_CASE("content sniff: files that are no table") {
  CHECK(sniff_content("%PDF-1.7\n") == Content::pdf);
  CHECK(sniff_content("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"s) == Content::ole2);
  CHECK(sniff_content("PAR1\x15\x04\x15\0"s) == Content::parquet);
  CHECK(sniff_content("SQLite format 3\0\x10\0"s) == Content::sqlite);
  CHECK(sniff_content("7z\xbc\xaf\x27\x1c\0\x04"s) == Content::seven_zip);
  CHECK(sniff_content("Rar!\x1a\x07\x01\0"s) == Content::rar);
  CHECK(sniff_content("\x89PNG\r\n\x1a\n\0"s) == Content::png);
  CHECK(sniff_content("\xff\xd8\xff\xe0"s) == Content::jpeg);
  CHECK(sniff_content("GIF89a\x01\0"s) == Content::gif);
  CHECK(coopstat::input::refusal(Content::pdf) == "a PDF document, not a table: export the table as CSV");
  CHECK(coopstat::input::refusal(Content::zip).empty());
}

TEST_CASE("content sniff: text that starts like a mark is text") {
  CHECK(sniff_content("partner,year\nFrance,2020\n") == Content::text);
  CHECK(sniff_content("") == Content::text);
  CHECK(sniff_content("\x1f") == Content::text);  // one byte of gzip's two
  // Headers a CSV could have: bzip2's and Parquet's marks are followed by binary, never by more text.
  CHECK(sniff_content("BZh1,year\nx,2020\n") == Content::text);
  CHECK(sniff_content("PAR1,year\nx,2020\n") == Content::text);
  CHECK(sniff_content("PK,year\n") == Content::text);
  CHECK(sniff_content("\xEF\xBB\xBFpartner,year\n") == Content::text);
  CHECK(sniff_content("\xFF\xFEp\0"s) == Content::text);  // UTF-16: refused later, as text that is not UTF-8
  // A line may spell "ustar" at byte 257 by chance: a tar header's checksum does not match by chance.
  CHECK(sniff_content(std::string(257, 'a') + "ustar" + std::string(250, 'b')) == Content::text);
}
