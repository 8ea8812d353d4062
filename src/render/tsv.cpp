#include <ostream>

#include "render/renderers.hpp"

namespace coopstat::writers {
namespace {

// TSV has no quoting: the characters that would break a record are escaped as in C.
void write_field(std::ostream& out, const std::string& text) {
  for (const char c : text) {
    switch (c) {
      case '\t': out << "\\t"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\\': out << "\\\\"; break;
      default: out << c;
    }
  }
}

template <class TextOf>
void write_record(std::ostream& out, std::size_t count, TextOf text_of) {
  for (std::size_t c = 0; c < count; ++c) {
    if (c > 0) out << '\t';
    write_field(out, text_of(c));
  }
  out << '\n';
}

}  // namespace

void write_tsv(const ResultTable& table, std::ostream& out) {
  const std::size_t count = table.columns.size();
  write_record(out, count, [&](std::size_t c) { return table.columns[c].name; });
  for (const auto& row : table.rows) write_record(out, count, [&](std::size_t c) { return plain_text(row[c]); });
}

}  // namespace coopstat::writers
