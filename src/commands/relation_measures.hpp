#pragma once
// The measures trend --measure follows over yearly networks: a pair's weight and link indices (as links computes
// them, with the strength margin), and each country's measures (as network computes them).

#include <span>
#include <string_view>

#include "coopstat/relation_series.hpp"

namespace coopstat {

/// Every measure, in the order help lists them: weight, the link indices, the country measures.
std::span<const RelationMeasure> relation_measures();
/// Parses a measure name; a usage Error with "did you mean" when unknown.
const RelationMeasure& parse_relation_measure(std::string_view name);

}  // namespace coopstat
