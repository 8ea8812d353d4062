// An .ods spreadsheet (OpenDocument): content.xml holds every sheet (<table:table>), and is read once. Rows and cells
// may stand for several (number-rows-repeated, number-columns-repeated); LibreOffice writes the empty rest of a sheet
// that way, so only repeated cells and rows with a value are written out. A cell's value is in its office: attributes
// (numbers, dates, booleans) or its paragraphs (text).

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
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

// content.xml in one pass: every sheet's name, and the text of each sheet that may be the one asked for (which one
// is known only once every name is, since a name is looked for before a number).
class SheetContent : public XmlHandler {
 public:
  SheetContent(MayBeChosen may_be_chosen, std::string place)
      : may_be_chosen_(std::move(may_be_chosen)), place_(std::move(place)) {}

  [[nodiscard]] std::vector<std::string>& names() { return names_; }
  [[nodiscard]] std::map<std::size_t, std::string>& texts() { return texts_; }

  void start(std::string_view element, const char** attributes) override {
    if (tables_.start(element)) start_sheet(attribute_text(attributes, kTableName));
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

  void start_sheet(std::string name) {
    in_sheet_ = may_be_chosen_(names_.size(), name);
    names_.push_back(std::move(name));
    if (!in_sheet_) return;
    sheet_depth_ = tables_.depth();
    text_.emplace(place_);
    row_ = 0;
    annotation_depth_ = 0;
    in_cell_ = false;
  }

  void end_in_sheet(std::string_view element) {
    const std::uint64_t depth = tables_.depth();
    if (depth == sheet_depth_) {
      texts_[names_.size() - 1] = std::move(*text_).take();
      text_.reset();
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
          for (const auto& [column, value] : cells_) text_->add(row_ + 1 + repeat, column, value);
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

  MayBeChosen may_be_chosen_;
  std::string place_;
  std::vector<std::string> names_;
  std::map<std::size_t, std::string> texts_;  ///< of the sheets that may be chosen, by index
  std::optional<SheetText> text_;             ///< of the sheet being read, when it may be chosen
  SheetTables tables_;
  bool in_sheet_ = false;          ///< within a sheet that may be chosen
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
  OdsReader(const ZipParts& parts, const std::string& name, MayBeChosen may_be_chosen) {
    SheetContent content(std::move(may_be_chosen), fmt::format("{}: {}", name, kContentPart));
    parse_part(parts, kContentPart, content, name);
    names_ = std::move(content.names());
    texts_ = std::move(content.texts());
  }

  [[nodiscard]] std::vector<std::string> sheet_names() const override { return names_; }

  [[nodiscard]] std::string sheet_text(std::size_t index) override { return std::move(texts_.at(index)); }

 private:
  std::vector<std::string> names_;
  std::map<std::size_t, std::string> texts_;
};

}  // namespace

std::unique_ptr<WorkbookReader> ods_reader(const ZipParts& parts, const std::string& name, MayBeChosen may_be_chosen) {
  return std::make_unique<OdsReader>(parts, name, std::move(may_be_chosen));
}

}  // namespace coopstat::input
