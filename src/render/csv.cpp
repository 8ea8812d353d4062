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

}  // namespace

void write_delimited(const ResultTable& table, char separator, void (*write_field)(std::ostream&, const std::string&),
                     std::ostream& out) {
  const auto write_record = [&](auto text_of) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c > 0) out << separator;
      write_field(out, text_of(c));
    }
    out << '\n';
  };
  write_record([&](std::size_t c) { return table.columns[c].name; });
  for (const auto& row : table.rows) write_record([&](std::size_t c) { return plain_text(row[c]); });
}

void write_csv(const ResultTable& table, std::ostream& out) { write_delimited(table, ',', write_field, out); }

}  // namespace coopstat::writers
