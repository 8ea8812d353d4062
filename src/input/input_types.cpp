#include "coopstat/input_types.hpp"

#include <array>
#include <string>
#include <utility>

#include "input/dialect.hpp"

namespace coopstat {

void LineFates::add(const LineFates& part) {
  header += part.header;
  preamble += part.preamble;
  blank += part.blank;
  joined += part.joined;
  kept += part.kept;
  skipped += part.skipped;
  missing += part.missing;
  aggregate += part.aggregate;
  mirror += part.mirror;
}

void RowFates::add(const RowFates& part) {
  loaded += part.loaded;
  skipped += part.skipped;
  missing += part.missing;
}

void MissingLines::add(std::uint64_t line) {
  if (line == last) return;
  if (first.size() < kListed) first.push_back(line);
  ++count;
  last = line;
}

void MissingLines::add(const MissingLines& later) {
  count += later.count;
  for (const std::uint64_t line : later.first)
    if (first.size() < kListed) first.push_back(line);
  if (later.last != 0) last = later.last;
}

void LoadReport::add(const Error& problem) {
  if (problems.size() < kProblemsKept) problems.push_back(problem);
  ++problem_count;
}

RowFates LoadReport::rows() const {
  RowFates total;
  for (const FileReport& file : files) total.add(file.rows);
  return total;
}

namespace {

constexpr std::array<std::pair<std::string_view, char>, 4> kDelimiterNames{
    {{"comma", ','}, {"semicolon", ';'}, {"tab", '\t'}, {"pipe", '|'}}};

}  // namespace

std::string_view delimiter_name(char delimiter) {
  for (const auto& [name, character] : kDelimiterNames)
    if (character == delimiter) return name;
  return {};
}

std::string_view encoding_source_name(EncodingSource source) {
  switch (source) {
    case EncodingSource::by_default: return "default";
    case EncodingSource::byte_order_mark: return "byte order mark";
    case EncodingSource::flag: return "--encoding";
  }
  return {};
}

std::span<const NumberForm> number_forms() {
  static constexpr std::array<NumberForm, 8> kForms{{{'.', std::nullopt},
                                                     {',', std::nullopt},
                                                     {'.', ','},
                                                     {'.', ' '},
                                                     {'.', '\''},
                                                     {',', '.'},
                                                     {',', ' '},
                                                     {',', '\''}}};
  return kForms;
}

void check_number_form(const NumberForm& form) {
  if (form.thousands != form.decimal) return;
  throw usage_error(form.decimal == '.'
                        ? "--thousands .: the decimal mark is . too (add --decimal , for numbers like 1.234,5)"
                        : "--decimal and --thousands are both ,: one mark cannot be both");
}

std::string number_form_example(const NumberForm& form) {
  std::string example = "1";
  if (form.thousands) example += *form.thousands;
  return example + "234" + form.decimal + "5";
}

std::string_view shape_name(Shape shape) { return shape == Shape::wide ? "wide" : "long"; }

std::optional<char> parse_delimiter(std::string_view text) {
  for (const auto& [name, delimiter] : kDelimiterNames)
    if (text == name) return delimiter;
  if (text == "\\t") return '\t';
  if (text.size() == 1 && input::kDelimiters.find(text.front()) != std::string_view::npos) return text.front();
  return std::nullopt;
}

}  // namespace coopstat
