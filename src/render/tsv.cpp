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

}  // namespace

void write_tsv(const ResultTable& table, std::ostream& out) { write_delimited(table, '\t', write_field, out); }

}  // namespace coopstat::writers
