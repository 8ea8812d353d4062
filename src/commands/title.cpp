#include "commands/title.hpp"

#include <fmt/format.h>

namespace coopstat {

std::string filtered_title(std::string title, const Query& query, std::vector<std::string> notes) {
  if (std::string filters = query.description(); !filters.empty()) notes.push_back(std::move(filters));
  if (!notes.empty()) title += fmt::format(" ({})", fmt::join(notes, "; "));
  return title;
}

}  // namespace coopstat
