#include "input/header_line.hpp"

#include <string_view>

#include "coopstat/error.hpp"

namespace coopstat::input {
namespace {

constexpr std::size_t kChunk = 64 * 1024;
// csv.h's own limit on a line's length (its block length, 2^24 bytes).
constexpr std::size_t kMaxLine = (1u << 24) - 1;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

HeaderLine read_header_line(io::ByteSourceBase& source, const std::string& name) {
  HeaderLine header;
  std::size_t line_start = 0;
  bool at_end = false;
  while (true) {
    const std::size_t newline = header.consumed.find('\n', line_start);
    if (newline == std::string::npos && !at_end) {
      if (header.consumed.size() - line_start > kMaxLine)
        throw Error(name, header.line + 1, "the header line is longer than 16 MiB");
      const std::size_t old_size = header.consumed.size();
      header.consumed.resize(old_size + kChunk);
      const int got = read_fully(source, header.consumed.data() + old_size, static_cast<int>(kChunk));
      header.consumed.resize(old_size + static_cast<std::size_t>(got));
      at_end = got < static_cast<int>(kChunk);
      continue;
    }
    const std::size_t line_end = newline == std::string::npos ? header.consumed.size() : newline;
    if (line_start == line_end && line_end == header.consumed.size()) return header;  // only blank lines
    std::string_view line(header.consumed.data() + line_start, line_end - line_start);
    if (header.line == 0 && line.starts_with(kBom)) line.remove_prefix(kBom.size());
    if (line.ends_with('\r')) line.remove_suffix(1);
    ++header.line;
    if (!is_blank(line)) {
      header.text = std::string(line);
      header.found = true;
      return header;
    }
    if (newline == std::string::npos) return header;
    line_start = newline + 1;
  }
}

}  // namespace coopstat::input
