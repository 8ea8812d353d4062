#include "input/workbook.hpp"

#include <fmt/format.h>

#include <charconv>

#include "coopstat/error.hpp"
#include "input/workbook_error.hpp"
#include "input/workbook_reader.hpp"
#include "input/zip_parts.hpp"

namespace coopstat::input {
namespace {

constexpr std::string_view kZipMagic{"PK\x03\x04", 4};
constexpr std::string_view kOdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";

// The place from 1 that `wanted` gives, when it is a number.
std::optional<std::size_t> sheet_number(const std::string& wanted) {
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
  if (error != std::errc{} || end != wanted.data() + wanted.size()) return std::nullopt;
  return number;
}

// Whether the sheet at `index` named `name` may be the one `wanted` asks for: sheet_index decides, once every name
// is known.
bool may_be_chosen(const std::optional<std::string>& wanted, std::size_t index, std::string_view name) {
  if (!wanted) return index == 0;
  return name == *wanted || sheet_number(*wanted) == index + 1;
}

// The format of the zip `parts`: xlsx, ods, or none (another zip: an archive, a text document…).
std::unique_ptr<WorkbookReader> workbook_reader(const ZipParts& parts, const std::string& name,
                                                const std::optional<std::string>& wanted) {
  const bool xlsx = parts.has("xl/workbook.xml");
  const bool ods = !xlsx && parts.has("mimetype") && parts.read("mimetype") == kOdsMimeType;
  if (!xlsx && !ods) return nullptr;
  // A listing that broke off is a truncated or corrupt workbook, even when the parts needed came before the break.
  if (!parts.listing_error().empty()) throw corrupt_workbook(name, parts.listing_error());
  if (xlsx) return xlsx_reader(parts, name);
  return ods_reader(parts, name, [&wanted](std::size_t index, std::string_view sheet) {
    return may_be_chosen(wanted, index, sheet);
  });
}

// The index of the sheet `wanted` names: a sheet's name, else its number from 1.
std::size_t sheet_index(const std::vector<std::string>& sheets, const std::optional<std::string>& wanted,
                        const std::string& name) {
  if (sheets.empty()) throw corrupt_workbook(name, "it has no sheet");
  if (!wanted) return 0;
  for (std::size_t index = 0; index < sheets.size(); ++index)
    if (sheets[index] == *wanted) return index;
  const std::optional<std::size_t> number = sheet_number(*wanted);
  if (number && *number >= 1 && *number <= sheets.size()) return *number - 1;
  std::vector<std::string> listed;
  for (std::size_t index = 0; index < sheets.size(); ++index)
    listed.push_back(fmt::format("{} \"{}\"", index + 1, sheets[index]));
  throw Error(
      name, 0,
      fmt::format("--sheet \"{}\": no such sheet; the workbook's sheets are {}", *wanted, fmt::join(listed, ", ")),
      ErrorKind::usage);
}

}  // namespace

void parse_part(const ZipParts& parts, std::string_view part, XmlHandler& handler, const std::string& name) {
  XmlStream stream(handler, fmt::format("{}: {}", name, part));
  parts.read(part, [&stream](std::string_view piece) { stream.feed(piece); });
  stream.finish();
}

std::optional<WorkbookSheet> read_workbook(std::string_view bytes, const std::string& name,
                                           const std::optional<std::string>& wanted) {
  if (!bytes.starts_with(kZipMagic)) return std::nullopt;
  const ZipParts parts(bytes, name);
  const std::unique_ptr<WorkbookReader> reader = workbook_reader(parts, name, wanted);
  if (!reader) return std::nullopt;
  std::vector<std::string> sheets = reader->sheet_names();
  const std::size_t index = sheet_index(sheets, wanted, name);
  std::string text = reader->sheet_text(index);
  std::string sheet = sheets[index];
  return WorkbookSheet{{std::move(sheet), index + 1, std::move(sheets)}, std::move(text)};
}

}  // namespace coopstat::input
