#include "coopstat/gaps.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text.hpp"

namespace coopstat {

std::string_view gaps_name(Gaps gaps) { return gaps == Gaps::zero ? "zero" : "missing"; }

GapsRule choose_gaps(std::optional<Gaps> given, const LoadReport& report) {
  if (given) return {*given, false, {}};
  const bool wide = std::any_of(report.files.begin(), report.files.end(),
                                [](const FileReport& file) { return file.shape == Shape::wide; });
  if (wide) return {Gaps::missing, true, "a wide table"};
  if (report.rows().missing > 0) return {Gaps::missing, true, "a table with missing values"};
  return {Gaps::zero, true, "a list of events"};
}

std::string gaps_note(const GapsRule& rule, std::size_t count, std::string_view what) {
  if (count == 0) return {};
  if (rule.gaps == Gaps::zero) return fmt::format("{} without rows: counted as 0 (--gaps zero)", plural(count, what));
  return fmt::format("{} without a value: missing, left empty (--gaps missing)", plural(count, what));
}

std::string gaps_default_message(const GapsRule& rule, std::size_t count, std::string_view what) {
  if (count == 0 || !rule.by_default) return {};
  if (rule.gaps == Gaps::zero)
    return fmt::format("gaps: a {} without rows counts as 0, as in {} (--gaps missing leaves it empty)", what,
                       rule.why);
  return fmt::format("gaps: a {} without a value is missing, not 0, as in {} (--gaps zero counts it as 0)", what,
                     rule.why);
}

}  // namespace coopstat
