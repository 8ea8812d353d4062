#pragma once
// Relations over the years: a measure of each pair (a link's weight or index) or of each country (its place in the
// network), one network per year, as series that the trend statistics read like yearly totals.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/network.hpp"
#include "coopstat/query.hpp"

namespace coopstat {

/// What a relation measure describes.
enum class RelationSubject { pair, country };

/// A measure `trend --measure` follows.
struct RelationMeasure {
  std::string_view name;
  std::string_view help;
  RelationSubject subject;
  /// The values of one year's network: one per link of the slice (pairs), or one per node (countries); empty where
  /// undefined.
  std::vector<std::optional<double>> (*of_slice)(const Network& network, const Slice& slice);
  /// The value of a pair or country absent from a year's network: 0 when the measure counts (weight: nothing
  /// happened), else undefined (an index whose margin is 0, a position in a network one is not in).
  std::optional<double> (*absent)(const Network& network, const Slice& slice, std::uint32_t from, std::uint32_t to);
  /// Whether the values are whole numbers when the counts are (a weight, a degree), else real numbers.
  bool whole_with_counts = false;
};

/// Every measure, in the order help lists them.
std::span<const RelationMeasure> relation_measures();
/// Parses a measure name; a usage Error with "did you mean" when unknown.
const RelationMeasure& parse_relation_measure(std::string_view name);

/// One pair's or country's values, one per year of the span (empty where undefined).
struct RelationSeries {
  std::string subject;  ///< "A – B", "A → B", or the country
  std::vector<std::optional<double>> values;
};

/// The series of every pair or country that appears in a year of the query's rows, by subject name (byte order),
/// over the years of the rows (first to last, a year without rows included).
struct RelationSeriesSet {
  int first_year = 0;
  int last_year = -1;
  std::vector<RelationSeries> series;
};

RelationSeriesSet relation_series(const Query& query, PairOrder order, const RelationMeasure& measure);

}  // namespace coopstat
