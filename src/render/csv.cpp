#include <ostream>

#include "render/renderers.hpp"

namespace coopstat::writers {
namespace {

// RFC 4180: quote a field holding a comma, a quote, a line break or edge spaces; double inner quotes.
void write_field(std::ostream& out, const std::string& text) {
  const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string::npos ||
                            (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!needs_quotes) {
    out << text;
    return;
  }
  out << '"';
  for (const char c : text) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

template <class TextOf>
void write_record(std::ostream& out, std::size_t count, TextOf text_of) {
  for (std::size_t c = 0; c < count; ++c) {
    if (c > 0) out << ',';
    write_field(out, text_of(c));
  }
  out << '\n';
}

}  // namespace

void write_csv(const ResultTable& table, std::ostream& out) {
  const std::size_t count = table.columns.size();
  write_record(out, count, [&](std::size_t c) { return table.columns[c].name; });
  for (const auto& row : table.rows) write_record(out, count, [&](std::size_t c) { return plain_text(row[c]); });
}

}  // namespace coopstat::writers
