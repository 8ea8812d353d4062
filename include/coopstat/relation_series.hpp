#pragma once
// Relations over the years: a measure of each pair (a link's weight or index) or of each country (its place in the
// network), one network per year, as series that the trend statistics read like yearly totals.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/network.hpp"
#include "coopstat/query.hpp"

namespace coopstat {

/// What a relation measure describes.
enum class RelationSubject { pair, country };

/// A measure's values in one year's network.
struct SliceValues {
  /// One per link of the slice (pairs), or one per node (countries, where present); empty where undefined.
  std::vector<std::optional<double>> values;
  /// The value of a pair (from, to) or country (from = to) absent from the year's network: 0 when the measure counts
  /// (a weight, a degree: nothing happened), else undefined (an index whose margin is 0, a position in a network
  /// one is not in).
  std::function<std::optional<double>(std::uint32_t from, std::uint32_t to)> absent;
};

/// A measure `trend --measure` follows (the catalogue is the command line's: src/commands/relation_measures.cpp).
struct RelationMeasure {
  std::string_view name;
  std::string_view help;
  RelationSubject subject = RelationSubject::pair;
  std::function<SliceValues(const Network& network, const Slice& slice)> of_slice;
  /// Whether the values are whole numbers when the counts are (a weight, a degree), else real numbers.
  bool whole_with_counts = false;
};

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
