#include "input/row_reader.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <array>
#include <limits>

#include "coopstat/error.hpp"
#include "coopstat/text.hpp"
#include "input/values.hpp"

namespace coopstat::input {
namespace {

template <char Separator>
using Reader = io::CSVReader<kRoleCount, io::trim_chars<' ', '\t'>, io::double_quote_escape<Separator, '"'>,
                             io::throw_on_overflow, io::empty_line_comment>;

bool is_valid_utf8(std::string_view text) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code_point);
    if (used < 0) return false;
    bytes += used;
    left -= used;
  }
  return true;
}

// Checks and stores the rows of one input; every problem goes through fail().
class RowLoader {
 public:
  RowLoader(const RowSource& source, const LoadOptions& options, Table& table, LoadReport& report)
      : source_(source), options_(options), table_(table), report_(report) {
    table_.has_field |= has(Role::field);
    table_.has_type |= has(Role::type);
    table_.sources.back().has_field = has(Role::field);
    table_.sources.back().has_type = has(Role::type);
  }

  // `cells` holds the text of each role's column (nullptr where the file has none).
  void add(const std::array<char*, kRoleCount>& cells, std::uint64_t line) {
    if (line > std::numeric_limits<std::uint32_t>::max())
      throw Error(source_.name, line, "more than 4,294,967,295 lines in one file");
    const std::string_view partner = text_of(cells, Role::partner);
    if (partner.empty()) return fail(line, Role::partner, "empty value, expected a partner name");

    const YearParse year = parse_year(text_of(cells, Role::year), options_.date_order);
    if (!year.problem.empty()) return fail(line, Role::year, year.problem);

    double count = 1;  // no count column: each row is one agreement
    if (has(Role::count)) {
      const std::string_view count_text = text_of(cells, Role::count);
      if (is_missing_value(count_text)) return missing(line, count_text);
      const CountParse parsed = parse_count(count_text);
      if (!parsed.problem.empty()) return fail(line, Role::count, parsed.problem);
      count = parsed.value;
    }
    Dictionary::Code partner_code = 0, field_code = 0, type_code = 0;
    if (!intern(table_.partners, partner, line, Role::partner, partner_code) ||
        !intern(table_.fields, text_of(cells, Role::field), line, Role::field, field_code) ||
        !intern(table_.types, text_of(cells, Role::type), line, Role::type, type_code))
      return;
    if (type_code > std::numeric_limits<std::uint16_t>::max())
      throw Error(source_.name, line,
                  fmt::format("column \"{}\": more than 65,536 distinct types; is it the right column? "
                              "name another with --type-col",
                              header(Role::type)));
    table_.add_row(partner_code, static_cast<std::int16_t>(year.value), field_code,
                   static_cast<std::uint16_t>(type_code), count, static_cast<std::uint32_t>(line));
  }

  // A row the CSV reader could not split.
  void fail_row(std::uint64_t line, const std::string& message) { fail(Error(source_.name, line, message)); }

 private:
  [[nodiscard]] bool has(Role role) const { return source_.columns[static_cast<std::size_t>(role)].index.has_value(); }
  [[nodiscard]] const std::string& header(Role role) const {
    return source_.columns[static_cast<std::size_t>(role)].header;
  }
  static std::string_view text_of(const std::array<char*, kRoleCount>& cells, Role role) {
    const char* cell = cells[static_cast<std::size_t>(role)];
    return cell == nullptr ? std::string_view{} : trim_blanks(cell);
  }

  // Interns `name`, checking the UTF-8 of names not seen before (once per distinct name, not per row).
  bool intern(Dictionary& dictionary, std::string_view name, std::uint64_t line, Role role, Dictionary::Code& code) {
    if (const Dictionary::Code* known = dictionary.find(name)) {
      code = *known;
      return true;
    }
    if (!is_valid_utf8(name)) {
      fail(line, role, "the value is not valid UTF-8");
      return false;
    }
    code = dictionary.intern(name);
    return true;
  }

  void missing(std::uint64_t line, std::string_view count_text) {
    if (options_.missing == MissingCounts::skip) return report_.add_missing(line);
    fail(line, Role::count,
         fmt::format("{}, expected a number (--missing skip leaves out rows without a count)",
                     count_text.empty() ? "empty value" : fmt::format("\"{}\" marks a missing value", count_text)));
  }

  void fail(std::uint64_t line, Role role, const std::string& problem) {
    fail(Error(source_.name, line, fmt::format("column \"{}\": {}", header(role), problem)));
  }

  void fail(const Error& error) {
    if (!options_.skip_bad_rows) throw error;
    report_.add(error);
    ++report_.skipped_rows;
  }

  const RowSource& source_;
  const LoadOptions& options_;
  Table& table_;
  LoadReport& report_;
};

template <char Separator>
void read_rows_separated_by(RowSource& source, const LoadOptions& options, Table& table, LoadReport& report) {
  Reader<Separator> reader(source.name, std::move(source.bytes));
  // A role without a column gets a name no header can hold (header lines end at '\n'), so csv.h skips it.
  std::array<std::string, kRoleCount> names;
  for (std::size_t role = 0; role < kRoleCount; ++role) {
    const ColumnChoice& choice = source.columns[role];
    names[role] = choice.index ? choice.header : fmt::format("\n{}", role);
  }
  reader.read_header(io::ignore_extra_column | io::ignore_missing_column, names[0], names[1], names[2], names[3],
                     names[4]);

  RowLoader loader(source, options, table, report);
  const LineMap& lines = *source.lines;
  std::array<char*, kRoleCount> cells{};
  while (true) {
    try {
      if (!reader.read_row(cells[0], cells[1], cells[2], cells[3], cells[4])) break;
    } catch (const io::error::too_few_columns&) {
      loader.fail_row(lines.physical(reader.get_file_line()), "the row has fewer fields than the header");
      continue;
    } catch (const io::error::too_many_columns&) {
      loader.fail_row(lines.physical(reader.get_file_line()), "the row has more fields than the header");
      continue;
    } catch (const io::error::escaped_string_not_closed&) {
      // With line breaks inside quotes joined, only the end of the input can leave a quote open.
      loader.fail_row(lines.physical(reader.get_file_line()), "a quoted field is not closed before the end of the input");
      continue;
    } catch (const io::error::line_length_limit_exceeded&) {
      throw Error(source.name, lines.physical(reader.get_file_line()),
                  lines.joined() ? "the record is longer than 16 MiB: is a quoted field not closed?"
                                 : "the line is longer than 16 MiB");
    }
    loader.add(cells, lines.physical(reader.get_file_line()));
  }
}

}  // namespace

void read_rows(RowSource source, const LoadOptions& options, Table& table, LoadReport& report) {
  switch (source.delimiter) {
    case ',': return read_rows_separated_by<','>(source, options, table, report);
    case ';': return read_rows_separated_by<';'>(source, options, table, report);
    case '\t': return read_rows_separated_by<'\t'>(source, options, table, report);
    case '|': return read_rows_separated_by<'|'>(source, options, table, report);
    default: throw Error(fmt::format("unsupported delimiter '{}'", source.delimiter), ErrorKind::usage);
  }
}

}  // namespace coopstat::input
