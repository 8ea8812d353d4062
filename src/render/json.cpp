#include <nlohmann/json.hpp>
#include <ostream>

#include "render/renderers.hpp"

namespace coopstat::writers {

void write_json(const ResultTable& table, std::ostream& out) {
  // ordered_json keeps the columns in their order; the library escapes strings and prints the shortest
  // decimal that reads back as the same double.
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Cell& cell = row[c];
      nlohmann::ordered_json& value = object[table.columns[c].name];
      if (const auto* whole = std::get_if<std::int64_t>(&cell)) value = *whole;
      if (const auto* real = std::get_if<double>(&cell)) value = *real == 0 ? 0.0 : *real;
      if (const auto* text = std::get_if<std::string>(&cell)) value = *text;
    }
    rows.push_back(std::move(object));
  }
  out << rows.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace coopstat::writers
