// What the network writers share: names of slices, weights, XML text.

#include <fmt/format.h>

#include "render/network_writers.hpp"
#include "render/renderers.hpp"

namespace coopstat::writers {

std::string slice_name(const Slice& slice) {
  if (slice.last_year < slice.first_year) return "all";
  if (slice.first_year == slice.last_year) return std::to_string(slice.first_year);
  return fmt::format("{}-{}", slice.first_year, slice.last_year);
}

std::string weight_text(const Sum& weight) {
  return weight.whole() ? plain_text(weight.integer()) : plain_text(weight.value());
}

std::vector<std::uint32_t> present_nodes(const Slice& slice) {
  std::vector<std::uint32_t> nodes;
  for (std::size_t node = 0; node < slice.present.size(); ++node)
    if (slice.present[node]) nodes.push_back(static_cast<std::uint32_t>(node));
  return nodes;
}

bool whole_weights(const Network& network) {
  for (const Slice& slice : network.slices)
    for (const Link& link : slice.links)
      if (!link.weight.whole()) return false;
  return true;
}

std::string_view xml_type(AttributeType type) {
  switch (type) {
    case AttributeType::integer: return "long";
    case AttributeType::real: return "double";
    case AttributeType::text: return "string";
  }
  return "string";
}

std::string xml_value(const Cell& value) { return xml_escaped(plain_text(value)); }

std::string xml_escaped(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&apos;"; break;
      // As references, so that a parser keeps them in attribute values instead of turning them into spaces.
      case '\t': escaped += "&#9;"; break;
      case '\n': escaped += "&#10;"; break;
      case '\r': escaped += "&#13;"; break;
      default:
        // Other control characters cannot appear in XML 1.0, not even as references: U+FFFD stands for them.
        if (static_cast<unsigned char>(c) < 0x20)
          escaped += "\xEF\xBF\xBD";
        else
          escaped += c;
    }
  }
  return escaped;
}

}  // namespace coopstat::writers
