#include "input/columns.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>

#include "coopstat/error.hpp"
#include "text.hpp"

namespace coopstat {

// The alias table of product.md: the header names each role is recognised by, in order of preference.
std::span<const RoleInfo> roles() {
  static const std::array<RoleInfo, kRoleCount> table{{
      {Role::partner,
       "partner",
       true,
       "--partner-col",
       {"partner", "partnercountry", "country", "countryname", "counterpart", "nation"}},
      {Role::year, "year", true, "--year-col", {"year", "yr", "signedyear", "date"}},
      {Role::field, "field", false, "--field-col", {"field", "sector", "area", "domain", "theme", "topic"}},
      {Role::count,
       "count",
       false,
       "--count-col",
       {"agreements", "count", "documents", "n", "number", "value", "amount"}},
      {Role::type, "type", false, "--type-col", {"type", "agreementtype", "status"}},
      {Role::reporter,
       "reporter",
       false,
       "--reporter-col",
       {"reporter", "reportercountry", "reportingcountry", "country", "countryname", "origin"}},
      {Role::code, "code", false, "--code-col", {"iso3", "iso", "code", "countrycode", "iso3code", "partnercode"}},
  }};
  return table;
}

const RoleInfo& role_info(Role role) { return roles()[static_cast<std::size_t>(role)]; }

namespace input {
namespace {

std::optional<std::size_t> find_exact(const std::vector<std::string>& header, std::string_view name,
                                      const std::vector<bool>& taken) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (!taken[i] && header[i] == name) return i;
  return std::nullopt;
}

std::optional<std::size_t> find_normalized(const std::vector<std::string>& normalized, std::string_view name,
                                           const std::vector<bool>& taken) {
  for (std::size_t i = 0; i < normalized.size(); ++i)
    if (!taken[i] && normalized[i] == name) return i;
  return std::nullopt;
}

// Throws a usage error when the column `wanted` (named by `info`'s flag) exists but an earlier flag took it.
void refuse_second_role(const std::vector<std::string>& header, const std::vector<std::string>& normalized,
                        std::string_view wanted, const RoleInfo& info, const ColumnChoices& choices) {
  const std::vector<bool> none_taken(header.size(), false);
  auto index = find_exact(header, wanted, none_taken);
  if (!index) index = find_normalized(normalized, normalize_header_name(wanted), none_taken);
  if (!index) return;
  for (const RoleInfo& other : roles())
    if (choices[static_cast<std::size_t>(other.role)].index == index)
      throw usage_error(fmt::format("{} \"{}\": the column \"{}\" is already the {} column ({}); a column has one role",
                                    info.flag, wanted, header[*index], other.name, other.flag));
}

// The columns no role has taken whose names are years.
std::vector<std::size_t> year_named_columns(const std::vector<std::string>& header, const std::vector<bool>& taken) {
  std::vector<std::size_t> columns;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (!taken[i] && year_of_name(header[i])) columns.push_back(i);
  return columns;
}

// A value of a --*-col flag read as a position from 1: digits only, not 0.
std::optional<std::size_t> parse_position(std::string_view text) {
  std::size_t position = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), position);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || position == 0) return std::nullopt;
  return position - 1;
}

// For a flag whose value names no column but is a position in `header`: which column that is, and that positions
// are read only without a header (a header may name a column "1", as wide tables name theirs "2016").
std::string position_hint(const std::vector<std::string>& header, std::string_view wanted) {
  const std::optional<std::size_t> position = parse_position(wanted);
  if (!position || *position >= header.size()) return "";
  return fmt::format(" (column {} is \"{}\"; a position names a column only with --no-header)", wanted,
                     header[*position]);
}

// "partner and year columns (--partner-col N --year-col N)": what a file without a header lacks.
std::string roles_by_position(const std::vector<const RoleInfo*>& missing) {
  std::vector<std::string_view> names;
  std::vector<std::string> flags;
  for (const RoleInfo* info : missing) {
    names.push_back(info->name);
    flags.push_back(fmt::format("{} N", info->flag));
  }
  const std::string listed =
      names.size() == 1 ? std::string(names.front())
                        : fmt::format("{} and {}", fmt::join(names.begin(), names.end() - 1, ", "), names.back());
  return fmt::format("{} {} ({})", listed, names.size() == 1 ? "column" : "columns", fmt::join(flags, " "));
}

}  // namespace

std::string header_list(const std::vector<std::string>& header) {
  std::vector<std::string> quoted;
  quoted.reserve(header.size());
  for (const auto& name : header) quoted.push_back(fmt::format("\"{}\"", name));
  return fmt::format("{}", fmt::join(quoted, ", "));
}

std::optional<int> year_of_name(std::string_view name) {
  if (name.size() != 4 || name.front() < '1' || name.front() > '9' ||
      name.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  return (name[0] - '0') * 1000 + (name[1] - '0') * 100 + (name[2] - '0') * 10 + (name[3] - '0');
}

std::size_t named_width(const std::vector<std::string>& names) {
  std::size_t width = names.size();
  while (width > 0 && names[width - 1].empty()) --width;
  return width;
}

std::string normalize_header_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out += ascii_lower(c);
  }
  return out;
}

std::string Layout::flag_value(std::size_t column) const {
  return positional ? std::to_string(column + 1) : names[column];
}

ResolvedColumns resolve_columns_partly(std::vector<std::string> header, const LoadOptions& options,
                                       const std::string& file, std::uint32_t line) {
  std::vector<std::string> normalized;
  normalized.reserve(header.size());
  for (const auto& name : header) normalized.push_back(normalize_header_name(name));
  std::vector<bool> taken(header.size(), false);
  ColumnChoices choices;
  std::optional<Error> problem;
  const auto note = [&problem](Error error) {
    if (!problem) problem = std::move(error);
  };

  // Columns named by flags first, so that aliases of other roles cannot take them.
  for (const RoleInfo& info : roles()) {
    const std::string& wanted = options.columns[static_cast<std::size_t>(info.role)];
    if (wanted.empty()) continue;
    auto index = find_exact(header, wanted, taken);
    if (!index) index = find_normalized(normalized, normalize_header_name(wanted), taken);
    if (!index) {
      try {
        refuse_second_role(header, normalized, wanted, info, choices);
      } catch (Error& second_role) {
        note(std::move(second_role));
        continue;
      }
      note(Error(file, line,
                 fmt::format("{} \"{}\": no such column; the header has {}{}", info.flag, wanted, header_list(header),
                             position_hint(header, wanted)),
                 ErrorKind::usage));
      continue;
    }
    taken[*index] = true;
    choices[static_cast<std::size_t>(info.role)].index = index;
  }
  const auto flagged = [&choices](Role role) { return choices[static_cast<std::size_t>(role)].index.has_value(); };
  std::vector<std::size_t> year_columns;
  for (const RoleInfo& info : roles()) {
    auto& choice = choices[static_cast<std::size_t>(info.role)];
    if (choice.index || !options.columns[static_cast<std::size_t>(info.role)].empty()) continue;
    if (info.role == Role::year && options.shape == Shape::wide) {
      year_columns = year_named_columns(header, taken);
      if (year_columns.empty())
        note(Error(file, line,
                   fmt::format("--shape wide: no column is named by a year; the header has {}", header_list(header)),
                   ErrorKind::usage));
      for (const std::size_t i : year_columns) taken[i] = true;
      continue;
    }
    if (info.role == Role::count && !year_columns.empty()) continue;
    for (const std::string_view alias : info.aliases) {
      if ((choice.index = find_normalized(normalized, alias, taken))) {
        choice.alias = alias;
        break;
      }
    }
    // No year column: several columns named by years make the table wide (unless a count column is named).
    if (!choice.index && info.role == Role::year && !options.shape && !flagged(Role::count)) {
      if (auto named = year_named_columns(header, taken); named.size() >= kWideYearColumns) {
        year_columns = std::move(named);
        for (const std::size_t i : year_columns) taken[i] = true;
        continue;
      }
    }
    if (choice.index) {
      taken[*choice.index] = true;
    } else if (info.required) {
      note(Error(file, line,
                 fmt::format("no {} column: the header has {}; name the column with {}", info.name, header_list(header),
                             info.flag)));
    }
  }
  for (auto& choice : choices) {
    if (!choice.index) continue;
    choice.header = header[*choice.index];
    for (std::size_t i = 0; i < header.size(); ++i)
      if (i != *choice.index && header[i] == choice.header)
        note(Error(file, line, fmt::format("the header has two columns named \"{}\"", choice.header)));
  }
  return {{std::move(header), choices, std::move(year_columns)}, std::move(problem)};
}

Layout resolve_columns(std::vector<std::string> header, const LoadOptions& options, const std::string& file,
                       std::uint32_t line) {
  ResolvedColumns resolved = resolve_columns_partly(std::move(header), options, file, line);
  if (resolved.problem) throw *resolved.problem;
  return std::move(resolved.layout);
}

std::array<std::optional<std::size_t>, kRoleCount> column_positions(const LoadOptions& options) {
  std::array<std::optional<std::size_t>, kRoleCount> positions;
  if (!options.no_header) return positions;
  if (options.shape == Shape::wide)
    throw usage_error(
        "--no-header --shape wide: a wide table's years are its header's names; without a header it has "
        "no years");
  if (options.skip_lines)
    throw usage_error(
        "--no-header --skip: --skip passes over the lines before a header; without one, every line is a "
        "row");
  std::vector<const RoleInfo*> missing;
  for (const RoleInfo& info : roles()) {
    const std::string& given = options.columns[static_cast<std::size_t>(info.role)];
    if (given.empty()) {
      if (info.required) missing.push_back(&info);
      continue;
    }
    const std::optional<std::size_t> position = parse_position(given);
    if (!position && given.find_first_not_of("0123456789") == std::string::npos)
      throw usage_error(fmt::format("{} {}: not a column's position; columns are numbered from 1", info.flag, given));
    if (!position)
      throw usage_error(
          fmt::format("{} \"{}\": with --no-header a column is given by its position (1, 2, …), not "
                      "by a name",
                      info.flag, given));
    for (const RoleInfo& other : roles())
      if (positions[static_cast<std::size_t>(other.role)] == position)
        throw usage_error(fmt::format("{} {}: column {} is already the {} column ({}); a column has one role",
                                      info.flag, given, *position + 1, other.name, other.flag));
    positions[static_cast<std::size_t>(info.role)] = position;
  }
  if (!missing.empty())
    throw usage_error(fmt::format("--no-header: a file without a header names no columns; give the {} by position",
                                  roles_by_position(missing)));
  return positions;
}

ResolvedColumns positional_columns(std::size_t fields, const LoadOptions& options, const std::string& file,
                                   std::uint32_t line) {
  ResolvedColumns resolved;
  Layout& layout = resolved.layout;
  layout.positional = true;
  for (std::size_t column = 0; column < fields; ++column) layout.names.push_back(fmt::format("column {}", column + 1));
  const auto positions = column_positions(options);
  for (const RoleInfo& info : roles()) {
    const auto& position = positions[static_cast<std::size_t>(info.role)];
    if (!position) continue;
    if (*position >= fields) {
      if (!resolved.problem)
        resolved.problem = Error(
            file, line, fmt::format("{} {}: the first row has {}", info.flag, *position + 1, plural(fields, "field")));
      continue;
    }
    ColumnChoice& choice = layout.roles[static_cast<std::size_t>(info.role)];
    choice.index = position;
    choice.header = layout.names[*position];
  }
  return resolved;
}

}  // namespace input
}  // namespace coopstat
