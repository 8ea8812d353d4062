#include "input/row_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <optional>

#include "coopstat/error.hpp"
#include "dictionary_hashing.hpp"
#include "input/values.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

std::string_view text_of(const RowStore::Cells& cells, Role role) {
  const char* cell = cells[static_cast<std::size_t>(role)];
  return cell == nullptr ? std::string_view{} : trim_blanks(cell);
}

bool has(const ColumnChoices& columns, Role role) { return columns[static_cast<std::size_t>(role)].index.has_value(); }

const std::string& header(const ColumnChoices& columns, Role role) {
  return columns[static_cast<std::size_t>(role)].header;
}

}  // namespace

Error too_many_names(const std::string& file, std::uint64_t line, const ColumnChoices& columns, Role role) {
  return Error(file, line,
               fmt::format("column \"{}\": more than 65,536 distinct {}s; is it the right column? "
                           "name another with {}",
                           header(columns, role), role_info(role).name, role_info(role).flag));
}

std::string ragged_row(std::size_t fields, std::size_t header_fields, bool header) {
  return fmt::format("the row has {}, the {} has {}", plural(fields, "field"), header ? "header" : "first row",
                     header_fields);
}

RowStore::RowStore(std::string name, const ColumnChoices& columns, const LoadOptions& options, MissingCounts missing,
                   Table& table, LoadReport& report)
    : name_(std::move(name)),
      has_count_(has(columns, Role::count)),
      skip_bad_rows_(options.skip_bad_rows),
      date_order_(options.date_order),
      numbers_(options.numbers),
      missing_(missing),
      table_(table),
      report_(report) {
  table_.has_field |= has(columns, Role::field);
  table_.has_type |= has(columns, Role::type);
  table_.sources.back().has_field = has(columns, Role::field);
  table_.sources.back().has_type = has(columns, Role::type);
  if (has(columns, Role::reporter) && !table_.has_reporter) {
    // The rows of earlier inputs, which had no reporter column, get the empty name.
    table_.has_reporter = true;
    table_.reporter.assign(table_.rows(), table_.reporters.intern(""));
  }
}

void RowStore::add(const Cells& cells, std::uint64_t line, const ColumnChoices& columns) {
  if (line > std::numeric_limits<std::uint32_t>::max())
    throw Error(name_, line, "more than 4,294,967,295 lines in one file");
  const std::string_view partner = text_of(cells, Role::partner);
  if (partner.empty()) return fail(line, columns, Role::partner, "empty value, expected a partner name");

  const YearParse year = parse_year(text_of(cells, Role::year), date_order_);
  if (!year.problem.empty()) return fail(line, columns, Role::year, year.problem);

  double count = 1;  // no count column: each row is one agreement
  if (has_count_) {
    const std::string_view count_text = text_of(cells, Role::count);
    if (is_missing_value(count_text)) return missing(line, columns, count_text);
    const CountParse parsed = parse_count(count_text, numbers_);
    if (!parsed.problem.empty()) return fail(line, columns, Role::count, parsed.problem);
    count = parsed.value;
  }
  const std::string_view reporter = text_of(cells, Role::reporter);
  if (has(columns, Role::reporter) && reporter.empty())
    return fail(line, columns, Role::reporter, "empty value, expected a reporter name");
  Dictionary::Code partner_code = 0, field_code = 0, type_code = 0, reporter_code = 0;
  if ((table_.has_reporter && !intern(table_.reporters, reporter, line, columns, Role::reporter, reporter_code)) ||
      !intern(table_.partners, partner, line, columns, Role::partner, partner_code) ||
      !intern(table_.fields, text_of(cells, Role::field), line, columns, Role::field, field_code) ||
      !intern(table_.types, text_of(cells, Role::type), line, columns, Role::type, type_code))
    return;
  if (field_code >= k16BitCodes) throw too_many_names(name_, line, columns, Role::field);
  if (type_code >= k16BitCodes) throw too_many_names(name_, line, columns, Role::type);
  note(line, Fate::kept);
  table_.add_row(partner_code, static_cast<std::int16_t>(year.value), static_cast<std::uint16_t>(field_code),
                 static_cast<std::uint16_t>(type_code), count, static_cast<std::uint32_t>(line));
  if (table_.has_reporter) table_.reporter.push_back(reporter_code);
  if (has(columns, Role::code)) note_code(partner_code, text_of(cells, Role::code), line, columns);
}

// The first code given with a name is the one resolving uses; another code with the same name is reported.
void RowStore::note_code(Dictionary::Code partner, std::string_view code, std::uint64_t line,
                         const ColumnChoices& columns) {
  if (code.empty()) return;
  std::vector<std::string>& given = table_.partner_given_code;
  if (given.size() <= partner) given.resize(partner + 1);
  if (given[partner].empty()) {
    given[partner] = code;
  } else if (given[partner] != code && report_.code_conflicts.size() < LoadReport::kProblemsKept) {
    report_.code_conflicts.push_back(
        Error(name_, line,
              fmt::format("column \"{}\": partner \"{}\" has the code \"{}\" here and \"{}\" before",
                          header(columns, Role::code), table_.partners.name(partner), code, given[partner])));
  }
}

void RowStore::fail_row(std::uint64_t line, const std::string& message) { fail(Error(name_, line, message)); }

// Checks the UTF-8 of names not seen before (once per distinct name, not per row).
bool RowStore::intern(Dictionary& dictionary, std::string_view name, std::uint64_t line, const ColumnChoices& columns,
                      Role role, Dictionary::Code& code) {
  const std::optional<Dictionary::Code> interned = DictionaryHashing::intern_if(dictionary, name, is_valid_utf8);
  if (!interned) {
    fail(line, columns, role, "the value is not valid UTF-8 (in another encoding? name it, e.g. --encoding cp1252)");
    return false;
  }
  code = *interned;
  return true;
}

void RowStore::missing(std::uint64_t line, const ColumnChoices& columns, std::string_view count_text) {
  if (missing_ == MissingCounts::skip) {
    note(line, Fate::missing);
    FileReport& file = report_.files.back();
    ++file.rows.missing;
    file.missing_lines.add(line);
    return;
  }
  fail(line, columns, Role::count,
       fmt::format("{}, expected a number (--missing skip leaves out rows without a count)",
                   count_text.empty() ? "empty value" : fmt::format("\"{}\" marks a missing value", count_text)));
}

void RowStore::fail(std::uint64_t line, const ColumnChoices& columns, Role role, const std::string& problem) {
  fail(Error(name_, line, fmt::format("column \"{}\": {}", header(columns, role), problem)));
}

void RowStore::fail(const Error& error) {
  if (!skip_bad_rows_) throw error;
  note(error.line(), Fate::skipped);
  report_.add(error);
  ++report_.files.back().rows.skipped;
}

void RowStore::note(std::uint64_t line, Fate fate) {
  if (line != line_) {
    finish();
    line_ = line;
  }
  fate_ = std::max(fate_, fate);
}

void RowStore::finish() {
  LineFates& lines = report_.files.back().lines;
  switch (fate_) {
    case Fate::none: break;
    case Fate::missing: ++lines.missing; break;
    case Fate::skipped: ++lines.skipped; break;
    case Fate::kept: ++lines.kept; break;
  }
  fate_ = Fate::none;
}

}  // namespace coopstat::input
