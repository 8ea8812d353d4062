#pragma once
// A result's title as every command writes it: what the table shows, then in brackets how the rows were chosen.

#include <string>
#include <vector>

#include "coopstat/query.hpp"

namespace coopstat {

/// `title`, then `notes` and the query's filters (Query::description) in brackets, joined by "; ":
/// "Top 3 partners (2015–2018; field space)"; `title` alone when there are neither.
std::string filtered_title(std::string title, const Query& query, std::vector<std::string> notes = {});

}  // namespace coopstat
