#include "input/dialect.hpp"

#include <array>

#include "text.hpp"

namespace coopstat::input {
namespace {

std::string unquote(std::string_view field) {
  if (field.size() < 2 || field.front() != '"' || field.back() != '"') return std::string(field);
  std::string out;
  field = field.substr(1, field.size() - 2);
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '"' && i + 1 < field.size() && field[i + 1] == '"') ++i;
    out += field[i];
  }
  return out;
}

}  // namespace

char detect_delimiter(std::string_view header_line) {
  std::array<std::size_t, kDelimiters.size()> seen{};
  bool quoted = false;
  for (const char c : header_line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (const auto at = kDelimiters.find(c); at != std::string_view::npos) ++seen[at];
  }
  std::size_t best = 0;  // the comma wins ties and the all-zero case
  for (std::size_t i = 1; i < seen.size(); ++i)
    if (seen[i] > seen[best]) best = i;
  return kDelimiters[best];
}

bool split_fields(std::string_view line, char delimiter, std::vector<std::string>& fields) {
  fields.clear();
  std::size_t begin = 0;
  while (true) {
    std::size_t end = begin;
    bool quoted = false;
    while (end < line.size() && (quoted || line[end] != delimiter)) {
      if (line[end] == '"') quoted = !quoted;
      ++end;
    }
    if (quoted) return false;
    fields.push_back(unquote(trim_blanks(line.substr(begin, end - begin))));
    if (end == line.size()) return true;
    begin = end + 1;
  }
}

}  // namespace coopstat::input
