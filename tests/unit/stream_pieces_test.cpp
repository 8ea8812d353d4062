#include "input/stream_pieces.hpp"

#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

using coopstat::input::kLongestRecord;
using coopstat::input::StreamPiece;
using coopstat::input::StreamPieces;

namespace {

// A piece's text, where it starts and how many lines it holds.
struct Cut {
  std::string text;
  std::uint64_t first_line;
  std::uint64_t line_breaks;
  bool operator==(const Cut&) const = default;
};

// The pieces of `text` (its first `already_read` bytes given as read), starting on line 2.
std::vector<Cut> cut(const std::string& text, std::size_t piece_bytes, std::size_t already_read = 0) {
  std::istringstream stream(text.substr(already_read));
  const auto rest = coopstat::input::stream_source(stream);
  StreamPieces pieces(text.substr(0, already_read), *rest, 2, piece_bytes);
  std::vector<Cut> cuts;
  while (const std::optional<StreamPiece> piece = pieces.next())
    cuts.push_back({*piece->bytes, piece->first_line, piece->line_breaks});
  return cuts;
}

// Every piece but the last ends with a LF outside quotes; together they are the text; each starts on the line after
// the lines of those before it.
void check_pieces(const std::string& text, const std::vector<Cut>& cuts) {
  REQUIRE_FALSE(cuts.empty());
  std::string joined;
  std::uint64_t line = 2;
  bool quoted = false;
  for (std::size_t piece = 0; piece < cuts.size(); ++piece) {
    CAPTURE(piece);
    CHECK(cuts[piece].first_line == line);
    for (const char byte : cuts[piece].text) {
      if (byte == '"') quoted = !quoted;
      if (byte == '\n') ++line;
    }
    CHECK(cuts[piece].line_breaks == line - cuts[piece].first_line);
    if (piece + 1 < cuts.size()) {
      CHECK_FALSE(cuts[piece].text.empty());
      CHECK(cuts[piece].text.back() == '\n');
      CHECK_FALSE(quoted);
    }
    joined += cuts[piece].text;
  }
  CHECK(joined == text);
}

}  // namespace

TEST_CASE("stream pieces: each piece ends at the last record it holds whole") {
  const std::string text = "a,1\nbb,2\nccc,3\n";
  CHECK(cut(text, 6) == std::vector<Cut>{{"a,1\n", 2, 1}, {"bb,2\n", 3, 1}, {"ccc,3\n", 4, 1}});
  CHECK(cut(text, 10) == std::vector<Cut>{{"a,1\nbb,2\n", 2, 2}, {"ccc,3\n", 4, 1}});
  CHECK(cut(text, 1000) == std::vector<Cut>{{text, 2, 3}});
}

TEST_CASE("stream pieces: a line break inside quotes is no record boundary") {
  // The first 8 bytes end inside the quotes: twice as many are read, and the piece ends after the record that closes
  // them, the last whole one.
  const std::string text = "a,\"x\ny\nz\",1\nbb,2\nc,3\n";
  CHECK(cut(text, 8) == std::vector<Cut>{{"a,\"x\ny\nz\",1\n", 2, 3}, {"bb,2\n", 5, 1}, {"c,3\n", 6, 1}});
  // Doubled quotes close and reopen: the first line break is inside.
  const std::string doubled = "a,\"say \"\"hi\n\"\"\",1\nbb,2\ncc,3\n";
  CHECK(cut(doubled, 12) == std::vector<Cut>{{"a,\"say \"\"hi\n\"\"\",1\nbb,2\n", 2, 3}, {"cc,3\n", 5, 1}});
}

TEST_CASE("stream pieces: a piece smaller than one record grows to hold it") {
  // 3, 6 then 12 bytes are read before a record ends.
  CHECK(cut("abcdefgh,1\nx,2\n", 3) == std::vector<Cut>{{"abcdefgh,1\n", 2, 1}, {"x,2\n", 3, 1}});
}

TEST_CASE("stream pieces: CR LF ends one line, at its LF") {
  CHECK(cut("a\r\nb\r\nc\r\n", 2) == std::vector<Cut>{{"a\r\n", 2, 1}, {"b\r\n", 3, 1}, {"c\r\n", 4, 1}});
}

TEST_CASE("stream pieces: no final line break, the last piece holds what is left") {
  CHECK(cut("a\nb", 2) == std::vector<Cut>{{"a\n", 2, 1}, {"b", 3, 0}});
  CHECK(cut("a,\"open\nb", 2) == std::vector<Cut>{{"a,\"open\nb", 2, 1}});
}

TEST_CASE("stream pieces: an empty stream is one empty piece, a stream ending at a piece's end no empty one more") {
  CHECK(cut("", 4) == std::vector<Cut>{{"", 2, 0}});
  CHECK(cut("abc\n", 4) == std::vector<Cut>{{"abc\n", 2, 1}});
}

TEST_CASE("stream pieces: bytes already read come first, cut into pieces as the rest") {
  const std::string text = "a,1\nbb,2\nccc,3\n";
  const std::vector<Cut> expected{{"a,1\n", 2, 1}, {"bb,2\n", 3, 1}, {"ccc,3\n", 4, 1}};
  for (const std::size_t already_read : {0, 1, 6, 14, 15}) {
    CAPTURE(already_read);
    CHECK(cut(text, 6, already_read) == expected);
  }
}

TEST_CASE("stream pieces: a record longer than csv.h reads is cut inside, past kLongestRecord") {
  const std::string text = "a,1\n\"" + std::string(kLongestRecord + 10, 'x') + "\n\"\nb,2\n";
  const std::vector<Cut> cuts = cut(text, 1024);
  REQUIRE(cuts.size() >= 2);
  CHECK(cuts[0].text == "a,1\n");
  CHECK(cuts[1].text.size() > kLongestRecord);
  CHECK(cuts[1].text.size() <= 2 * kLongestRecord);
  CHECK(cuts[1].first_line == 3);
  std::string joined;
  for (const Cut& piece : cuts) joined += piece.text;
  CHECK(joined == text);
}

TEST_CASE("stream pieces: random text of quotes, separators and line breaks always splits at records") {
  std::mt19937 random(16);
  const std::string alphabet = "ab,\"\n\r";
  for (int round = 0; round < 200; ++round) {
    std::string text(random() % 300, ' ');
    for (char& byte : text) byte = alphabet[random() % alphabet.size()];
    // The stream's lines end with a LF (line_ends.hpp): a CR is followed by one.
    for (std::size_t at = 0; at < text.size(); ++at)
      if (text[at] == '\r') text.insert(at + 1, 1, '\n');
    CAPTURE(text);
    for (const std::size_t piece_bytes : {std::size_t{1}, std::size_t{7}, std::size_t{64}})
      check_pieces(text, cut(text, piece_bytes, text.size() / 3));
  }
}
