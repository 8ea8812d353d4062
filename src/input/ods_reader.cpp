// An .ods spreadsheet (OpenDocument): content.xml holds every sheet (<table:table>). Rows and cells may stand for
// several (number-rows-repeated, number-columns-repeated); LibreOffice writes the empty rest of a sheet that way, so
// only repeated cells and rows with a value are written out. A cell's value is in its office: attributes (numbers,
// dates, booleans) or its paragraphs (text).

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "input/sheet_cells.hpp"
#include "input/sheet_text.hpp"
#include "input/workbook_error.hpp"
#include "input/workbook_reader.hpp"
#include "input/xml_stream.hpp"

namespace coopstat::input {
namespace {

constexpr std::string_view kContentPart = "content.xml";

#define COOPSTAT_ODF_NAME(prefix, name) "urn:oasis:names:tc:opendocument:xmlns:" prefix ":1.0|" name
constexpr std::string_view kSpreadsheet = COOPSTAT_ODF_NAME("office", "spreadsheet");
constexpr std::string_view kTable = COOPSTAT_ODF_NAME("table", "table");
constexpr std::string_view kTableName = COOPSTAT_ODF_NAME("table", "name");
constexpr std::string_view kRow = COOPSTAT_ODF_NAME("table", "table-row");
constexpr std::string_view kRowsRepeated = COOPSTAT_ODF_NAME("table", "number-rows-repeated");
constexpr std::string_view kCell = COOPSTAT_ODF_NAME("table", "table-cell");
constexpr std::string_view kCoveredCell = COOPSTAT_ODF_NAME("table", "covered-table-cell");
constexpr std::string_view kColumnsRepeated = COOPSTAT_ODF_NAME("table", "number-columns-repeated");
constexpr std::string_view kValueType = COOPSTAT_ODF_NAME("office", "value-type");
constexpr std::string_view kValue = COOPSTAT_ODF_NAME("office", "value");
constexpr std::string_view kDateValue = COOPSTAT_ODF_NAME("office", "date-value");
constexpr std::string_view kBooleanValue = COOPSTAT_ODF_NAME("office", "boolean-value");
constexpr std::string_view kAnnotation = COOPSTAT_ODF_NAME("office", "annotation");
constexpr std::string_view kParagraph = COOPSTAT_ODF_NAME("text", "p");
constexpr std::string_view kSpaces = COOPSTAT_ODF_NAME("text", "s");
constexpr std::string_view kSpaceCount = COOPSTAT_ODF_NAME("text", "c");
constexpr std::string_view kTab = COOPSTAT_ODF_NAME("text", "tab");
constexpr std::string_view kLineBreak = COOPSTAT_ODF_NAME("text", "line-break");
#undef COOPSTAT_ODF_NAME
// LibreOffice marks a formula's error (=NA() shows #N/A) in its own namespace.
constexpr std::string_view kCalcValueType =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0|value-type";

// How many rows or cells an element stands for: its repeat attribute, at least 1. A count beyond the sheet's limits
// is kept as one beyond them, for SheetText to refuse when a value lies there.
std::uint64_t repeats(const char** attributes, std::string_view name) {
  const char* text = attribute(attributes, name);
  if (text == nullptr) return 1;
  const std::string_view digits(text);
  std::uint64_t count = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (error == std::errc::result_out_of_range) return kMaxSheetRows + 1;
  if (error != std::errc{} || end != digits.data() + digits.size() || count == 0) return 1;
  return std::min(count, kMaxSheetRows + 1);
}

std::string attribute_text(const char** attributes, std::string_view name) {
  const char* value = attribute(attributes, name);
  return value != nullptr ? value : "";
}

// Which elements of content.xml are sheets: each <table:table> whose parent is <office:spreadsheet>, not a table
// within a cell.
class SheetTables {
 public:
  /// At an element's start: whether it starts a sheet.
  bool start(std::string_view element) {
    const bool sheet = element == kTable && spreadsheet_depth_ != 0 && depth_ == spreadsheet_depth_;
    ++depth_;
    if (element == kSpreadsheet) spreadsheet_depth_ = depth_;
    return sheet;
  }
  void end() { --depth_; }
  /// How deep the current element is: 1 for the document's.
  [[nodiscard]] std::uint64_t depth() const { return depth_; }

 private:
  std::uint64_t depth_ = 0;
  std::uint64_t spreadsheet_depth_ = 0;
};

// content.xml's sheet names, in order.
struct SheetNames : XmlHandler {
  std::vector<std::string> names;
  SheetTables tables;

  void start(std::string_view element, const char** attributes) override {
    if (tables.start(element)) names.push_back(attribute_text(attributes, kTableName));
  }
  void end(std::string_view) override { tables.end(); }
};

// One sheet of content.xml (the `wanted`-th) as a SheetText.
class SheetContent : public XmlHandler {
 public:
  SheetContent(std::size_t wanted, std::string place) : wanted_(wanted), place_(place), text_(std::move(place)) {}

  void start(std::string_view element, const char** attributes) override {
    if (tables_.start(element)) {
      in_sheet_ = sheets_seen_++ == wanted_;
      sheet_depth_ = tables_.depth();
    }
    if (!in_sheet_) return;
    if (element == kAnnotation || annotation_depth_ > 0) {
      ++annotation_depth_;
    } else if (in_cell_) {
      start_in_cell(element, attributes);
    } else if (element == kRow) {
      row_repeats_ = repeats(attributes, kRowsRepeated);
      cells_.clear();
      column_ = 0;
    } else if (element == kCell || element == kCoveredCell) {
      start_cell(attributes);
    }
  }

  void end(std::string_view element) override {
    if (in_sheet_) end_in_sheet(element);
    tables_.end();
  }

  void text(std::string_view piece) override {
    if (paragraph_depth_ > 0 && annotation_depth_ == 0) paragraph_text_ += piece;
  }

  [[nodiscard]] std::string take() && { return std::move(text_).take(); }

 private:
  // Within a cell only its paragraphs' text counts (a table within the cell adds its text, not rows or cells).
  void start_in_cell(std::string_view element, const char** attributes) {
    if (element == kParagraph) {
      if (paragraphs_++ > 0) paragraph_text_ += ' ';
      ++paragraph_depth_;
    } else if (element == kSpaces) {
      paragraph_text_.append(std::min<std::uint64_t>(repeats(attributes, kSpaceCount), 1024), ' ');
    } else if (element == kTab || element == kLineBreak) {
      paragraph_text_ += ' ';
    }
  }

  void end_in_sheet(std::string_view element) {
    const std::uint64_t depth = tables_.depth();
    if (depth == sheet_depth_) {
      in_sheet_ = false;
    } else if (annotation_depth_ > 0) {
      --annotation_depth_;
    } else if (in_cell_ && depth == cell_depth_) {
      end_cell();
    } else if (in_cell_) {
      if (element == kParagraph && paragraph_depth_ > 0) --paragraph_depth_;
    } else if (element == kRow) {
      if (!cells_.empty())
        for (std::uint64_t repeat = 0; repeat < row_repeats_; ++repeat)
          for (const auto& [column, value] : cells_) text_.add(row_ + 1 + repeat, column, value);
      row_ += row_repeats_;
    }
  }

  void start_cell(const char** attributes) {
    cell_depth_ = tables_.depth();
    cell_repeats_ = repeats(attributes, kColumnsRepeated);
    const std::string type = attribute_text(attributes, kValueType);
    if (type == "float" || type == "percentage" || type == "currency") {
      stored_ = number_text(attribute_text(attributes, kValue));
    } else if (type == "date") {
      stored_ = date_part(attribute_text(attributes, kDateValue));
    } else if (type == "boolean") {
      stored_ = attribute_text(attributes, kBooleanValue) == "true" ? "TRUE" : "FALSE";
    } else {
      stored_.reset();  // text, or a time of day: as it shows
    }
    error_ = attribute_text(attributes, kCalcValueType) == "error";
    paragraph_text_.clear();
    paragraphs_ = 0;
    paragraph_depth_ = 0;
    in_cell_ = true;
  }

  void end_cell() {
    const std::string& value = stored_ ? *stored_ : paragraph_text_;
    const bool missing = value.empty() || (error_ && value == "#N/A");
    // Checked before the repeats are made: a corrupt count must not fill memory first.
    if (!missing && column_ + cell_repeats_ > kMaxSheetColumns)
      throw corrupt_workbook(place_,
                             fmt::format("a cell of row {} repeated beyond column {}", row_ + 1, kMaxSheetColumns));
    if (!missing)
      for (std::uint64_t repeat = 1; repeat <= cell_repeats_; ++repeat) cells_.emplace_back(column_ + repeat, value);
    column_ += cell_repeats_;
    in_cell_ = false;
  }

  std::size_t wanted_;
  std::string place_;
  SheetText text_;
  SheetTables tables_;
  std::size_t sheets_seen_ = 0;
  bool in_sheet_ = false;
  std::uint64_t sheet_depth_ = 0;  ///< the depth of the sheet's <table:table>
  std::uint64_t cell_depth_ = 0;   ///< the depth of the current cell
  std::uint64_t annotation_depth_ = 0;
  std::uint64_t row_ = 0;  ///< rows before the current one
  std::uint64_t row_repeats_ = 1;
  std::uint64_t column_ = 0;  ///< cells before the current one
  std::uint64_t cell_repeats_ = 1;
  std::vector<std::pair<std::uint64_t, std::string>> cells_;  ///< the current row's cells with a value
  std::optional<std::string> stored_;
  std::string paragraph_text_;
  std::uint64_t paragraphs_ = 0;       ///< paragraphs of the current cell so far, joined by spaces
  std::uint64_t paragraph_depth_ = 0;  ///< within a paragraph, whose text is the cell's
  bool error_ = false;
  bool in_cell_ = false;
};

class OdsReader final : public WorkbookReader {
 public:
  OdsReader(const ZipParts& parts, std::string name) : parts_(parts), name_(std::move(name)) {
    parse_part(parts_, kContentPart, names_, name_);
  }

  [[nodiscard]] std::vector<std::string> sheet_names() const override { return names_.names; }

  [[nodiscard]] std::string sheet_text(std::size_t index) const override {
    SheetContent sheet(index, fmt::format("{}: {}", name_, kContentPart));
    parse_part(parts_, kContentPart, sheet, name_);
    return std::move(sheet).take();
  }

 private:
  const ZipParts& parts_;
  std::string name_;
  SheetNames names_;
};

}  // namespace

std::unique_ptr<WorkbookReader> ods_reader(const ZipParts& parts, const std::string& name) {
  return std::make_unique<OdsReader>(parts, name);
}

}  // namespace coopstat::input
