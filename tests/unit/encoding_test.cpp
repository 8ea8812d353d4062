#include "input/encoding.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "coopstat/error.hpp"
#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::EncodingSource;
using coopstat::LoadOptions;
using coopstat::input::as_utf8;
using coopstat::input::Utf8Source;
using coopstat::testing::error_message;
using coopstat::testing::load_with_report;

namespace {

// Reads `bytes` as `encoding`, keeping the source (for its report) and its converted bytes, read 7 at a time so
// that requests end inside characters.
struct Read {
  Utf8Source source;
  std::string text;
};

Read read(const std::string& bytes, std::optional<std::string> encoding = std::nullopt) {
  auto input = std::make_shared<std::istringstream>(bytes);
  Read result{as_utf8(coopstat::input::stream_source(*input), encoding, "t.csv"), {}};
  char buffer[7];
  while (const int got = result.source.bytes->read(buffer, sizeof buffer)) {
    result.text.append(buffer, static_cast<std::size_t>(got));
    if (got < static_cast<int>(sizeof buffer)) break;
  }
  return result;
}

// ASCII text in UTF-16LE: each byte and a zero byte.
std::string utf16le(const std::string& ascii) {
  std::string bytes;
  for (const char c : ascii) bytes += std::string{c, '\0'};
  return bytes;
}

std::string read_error(const std::string& bytes, std::optional<std::string> encoding) {
  return error_message([&] { read(bytes, std::move(encoding)); });
}

}  // namespace

TEST_CASE("encoding: UTF-8 passes through untouched, a UTF-8 byte order mark kept for the readers to pass over") {
  const Read plain = read("partner\nC\xC3\xB4te\n");
  CHECK(plain.text == "partner\nC\xC3\xB4te\n");
  CHECK(plain.source.encoding == "UTF-8");
  CHECK(plain.source.chosen_by == EncodingSource::by_default);
  CHECK_FALSE(plain.source.converted);
  const Read bom = read("\xEF\xBB\xBFpartner\n");
  CHECK(bom.text == "\xEF\xBB\xBFpartner\n");
  CHECK(bom.source.chosen_by == EncodingSource::byte_order_mark);
  CHECK_FALSE(bom.source.converted);
  const Read flag = read("ab", "utf-8");
  CHECK(flag.text == "ab");
  CHECK(flag.source.encoding == "utf-8");
  CHECK(flag.source.chosen_by == EncodingSource::flag);
  CHECK_FALSE(flag.source.converted);
  CHECK(read("").text.empty());
}

TEST_CASE("encoding: a UTF-16 byte order mark chooses UTF-16 and its byte order, and is dropped") {
  // "p,ô\n" in UTF-16LE: 70 00, 2C 00, F4 00, 0A 00; ô (U+00F4) is C3 B4 in UTF-8.
  const Read little = read(std::string("\xFF\xFEp\0,\0\xF4\0\n\0", 10));
  CHECK(little.text == "p,\xC3\xB4\n");
  CHECK(little.source.encoding == "UTF-16LE");
  CHECK(little.source.chosen_by == EncodingSource::byte_order_mark);
  CHECK(little.source.converted);
  const Read big = read(std::string("\xFE\xFF\0p\0,\0\xF4\0\n", 10));
  CHECK(big.text == "p,\xC3\xB4\n");
  CHECK(big.source.encoding == "UTF-16BE");
  // --encoding utf-16 agrees with either mark; the mark still names the byte order.
  const Read agreed = read(std::string("\xFF\xFEp\0", 4), "utf-16");
  CHECK(agreed.text == "p");
  CHECK(agreed.source.encoding == "UTF-16LE");
  CHECK(agreed.source.chosen_by == EncodingSource::flag);
  CHECK(read(std::string("\xFF\xFEp\0", 4), "UTF-16le").text == "p");
}

TEST_CASE("encoding: --encoding converts single-byte encodings to UTF-8") {
  // cp1252: E7 is ç (U+00E7, C3 A7), 80 is € (U+20AC, E2 82 AC); latin1: 80 is the control U+0080 (C2 80).
  const Read cp1252 = read(
      "Fran\xE7"
      "ais \x80\n",
      "cp1252");
  CHECK(cp1252.text ==
        "Fran\xC3\xA7"
        "ais \xE2\x82\xAC\n");
  CHECK(cp1252.source.encoding == "cp1252");
  CHECK(cp1252.source.chosen_by == EncodingSource::flag);
  CHECK(cp1252.source.converted);
  CHECK(read("\xE7\x80", "latin1").text == "\xC3\xA7\xC2\x80");
  CHECK(read(std::string("\0p", 2), "utf-16le").text == std::string("\xE7\x80\x80", 3));
}

TEST_CASE("encoding: long inputs, and characters split between blocks of 64 KiB") {
  // 70,000 lines of "é" in cp1252 (E9 and a line feed): 140,000 bytes in, 210,000 out.
  std::string latin, utf8;
  for (int line = 0; line < 70000; ++line) {
    latin += "\xE9\n";
    utf8 += "\xC3\xA9\n";
  }
  CHECK(read(latin, "cp1252").text == utf8);
  // 😀 (U+1F600) is the surrogate pair D83D DE00, in UTF-16LE 3D D8 00 DE, at bytes 65,534–65,537: the first block
  // (65,536 bytes) ends inside it. In UTF-8 it is F0 9F 98 80.
  std::string sixteen;
  for (int unit = 0; unit < 32767; ++unit) sixteen += std::string("a\0", 2);
  sixteen += std::string("\x3D\xD8\x00\xDE\n\0", 6);
  CHECK(read(sixteen, "utf-16le").text == std::string(32767, 'a') + "\xF0\x9F\x98\x80\n");
}

TEST_CASE("encoding: bytes that are no character of the encoding are an error naming the line") {
  // cp1252 has no character at 81. Lines end with a LF, a CR LF or a lone CR, as the rows' readers count them.
  CHECK(read_error("a\nb\r\nc\x81", "cp1252") ==
        "t.csv:3: byte 0x81 starts no character of cp1252 (is the input in another encoding? name it with --encoding)");
  CHECK(read_error("a\rb\r\x81", "cp1252").starts_with("t.csv:3: byte 0x81"));
  // A lone low surrogate (DC00, in UTF-16LE 00 DC) on line 2.
  CHECK(read_error(std::string("a\0\n\0\x00\xDC", 6), "utf-16le")
            .starts_with("t.csv:2: byte 0x00 starts no character of utf-16le"));
  // A UTF-16 input of an odd number of bytes: its last character is cut off.
  CHECK(read_error(std::string("\xFF\xFEp\0a", 5), std::nullopt) ==
        "t.csv:1: the input ends inside a character of UTF-16LE (is it cut short, or in another encoding?)");
}

TEST_CASE("encoding: a byte order mark that contradicts --encoding is an error") {
  CHECK(read_error(std::string("\xFF\xFEp\0", 4), "cp1252") ==
        "t.csv:1: the input starts with a UTF-16LE byte order mark, but --encoding says cp1252 (leave --encoding out)");
  CHECK(read_error(std::string("\xFF\xFEp\0", 4), "utf-16be").starts_with("t.csv:1: the input starts with a UTF-16LE"));
  CHECK(read_error("\xEF\xBB\xBFp", "utf-16").starts_with("t.csv:1: the input starts with a UTF-8 byte order mark"));
  CHECK(read_error("\xEF\xBB\xBFp", "latin1").starts_with("t.csv:1: the input starts with a UTF-8 byte order mark"));
}

TEST_CASE("encoding: --encoding takes what iconv knows, nothing that would drop or change bytes") {
  CHECK(coopstat::parse_encoding("cp1252") == "cp1252");
  CHECK(coopstat::parse_encoding("UTF-16LE") == "UTF-16LE");
  const std::string list =
      "common ones: utf-8, utf-16, utf-16le, utf-16be, latin1, cp1252, cp1250, cp1251, macintosh, iso-8859-15; "
      "`iconv -l` lists all";
  CHECK(error_message([] { coopstat::parse_encoding("klingon"); }) == "unknown encoding \"klingon\" (" + list + ")");
  CHECK(error_message([] { coopstat::parse_encoding("utf-16el"); }) ==
        "unknown encoding \"utf-16el\" (" + list + "); did you mean \"utf-16le\"?");
  for (const char* refused : {"", "utf-8//IGNORE", "cp1252//TRANSLIT"}) {
    CAPTURE(refused);
    try {
      coopstat::parse_encoding(refused);
      FAIL("accepted");
    } catch (const coopstat::Error& error) {
      CHECK(error.kind() == coopstat::ErrorKind::usage);
    }
  }
}

TEST_CASE("encoding: a converted input's lines, names and report") {
  LoadOptions options;
  options.names.raw = true;
  options.encoding = "cp1252";
  // Line 4 has a bad count; a quoted field spans lines 2–3.
  const std::string file =
      "partner,year,agreements,notes\nC\xF4te d'Ivoire,2020,1,\"two\nlines\"\nEspa\xF1"
      "a,2021,x,\n";
  CHECK(error_message([&] { load_with_report(file, options); }) ==
        "t.csv:4: column \"agreements\": \"x\" is not a number");
  const auto loaded = load_with_report(file.substr(0, file.find("Espa")), options);
  CHECK(loaded.table.partners.name(loaded.table.partner[0]) == "C\xC3\xB4te d'Ivoire");
  const coopstat::FileReport& report = loaded.report.files.front();
  CHECK(report.encoding == "cp1252");
  CHECK(report.encoding_source == EncodingSource::flag);
  CHECK(report.assumptions.empty());
  CHECK(report.lines.total() == 3);

  // A byte order mark's choice is an assumption, told to the user.
  options.encoding.reset();
  const auto utf16 = load_with_report("\xFF\xFE" + utf16le("partner,year\nFrance,2020\n"), options);
  REQUIRE(utf16.report.files.front().assumptions.size() == 2);
  CHECK(utf16.report.files.front().assumptions.back().message ==
        "read as UTF-16LE, as its byte order mark says (--encoding utf-16le to confirm)");
  CHECK(utf16.report.files.front().encoding_source == EncodingSource::byte_order_mark);
  CHECK(utf16.table.year[0] == 2020);
}
