// An .xlsx workbook (Office Open XML): xl/workbook.xml lists the sheets and the date system, its relationships
// (xl/_rels/workbook.xml.rels) name each sheet's part, xl/styles.xml says which cell styles show dates, and
// xl/sharedStrings.xml holds the text most cells point to. A sheet's part is streamed, never held whole.

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "input/sheet_cells.hpp"
#include "input/sheet_text.hpp"
#include "input/workbook_error.hpp"
#include "input/workbook_reader.hpp"
#include "input/xml_stream.hpp"

namespace coopstat::input {
namespace {

constexpr std::string_view kWorkbookPart = "xl/workbook.xml";
constexpr std::string_view kRelationshipsPart = "xl/_rels/workbook.xml.rels";
constexpr std::string_view kStylesPart = "xl/styles.xml";
constexpr std::string_view kSharedStringsPart = "xl/sharedStrings.xml";

std::optional<std::uint64_t> whole_number(const char* text) {
  if (text == nullptr) return std::nullopt;
  const std::string_view digits(text);
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

// The r:id of a <sheet>: its namespace differs between transitional and strict workbooks, its local name does not.
const char* relationship_id(const char** attributes) {
  for (; attributes[0] != nullptr; attributes += 2) {
    const std::string_view name(attributes[0]);
    if (name.find('|') != std::string_view::npos && local_name(name) == "id") return attributes[1];
  }
  return nullptr;
}

struct SheetEntry {
  std::string name;
  std::string relationship;
};

// xl/workbook.xml: the sheets in order, and the date system.
struct WorkbookPart : XmlHandler {
  std::vector<SheetEntry> sheets;
  DateSystem dates = DateSystem::from_1900;

  void start(std::string_view element, const char** attributes) override {
    const std::string_view name = local_name(element);
    if (name == "workbookPr") {
      const char* date1904 = attribute(attributes, "date1904");
      if (date1904 != nullptr && (std::string_view(date1904) == "1" || std::string_view(date1904) == "true"))
        dates = DateSystem::from_1904;
    } else if (name == "sheet") {
      const char* sheet_name = attribute(attributes, "name");
      const char* id = relationship_id(attributes);
      sheets.push_back({sheet_name != nullptr ? sheet_name : "", id != nullptr ? id : ""});
    }
  }
  void end(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: the part each relationship id names, relative to xl/ unless it starts with /, and the
// styles and shared strings parts (xl/styles.xml and xl/sharedStrings.xml when it names none).
struct RelationshipsPart : XmlHandler {
  std::unordered_map<std::string, std::string> targets;
  std::string styles{kStylesPart};
  std::string shared_strings{kSharedStringsPart};

  void start(std::string_view element, const char** attributes) override {
    if (local_name(element) != "Relationship") return;
    const char* id = attribute(attributes, "Id");
    const char* target = attribute(attributes, "Target");
    const char* type = attribute(attributes, "Type");
    if (id == nullptr || target == nullptr) return;
    const std::string_view path(target);
    std::string& part = targets[id];
    part = path.starts_with('/') ? std::string(path.substr(1)) : fmt::format("xl/{}", path);
    const std::string_view kind = type != nullptr ? std::string_view(type) : std::string_view{};
    if (kind.ends_with("/styles")) styles = part;
    if (kind.ends_with("/sharedStrings")) shared_strings = part;
  }
  void end(std::string_view) override {}
};

// xl/styles.xml: for each cell style (an <xf> of <cellXfs>, which a cell's s attribute counts), whether its number
// format shows a date.
struct StylesPart : XmlHandler {
  std::unordered_map<std::uint64_t, std::string> format_codes;
  std::vector<std::uint64_t> style_formats;
  bool in_cell_styles = false;

  void start(std::string_view element, const char** attributes) override {
    const std::string_view name = local_name(element);
    if (name == "numFmt") {
      const auto id = whole_number(attribute(attributes, "numFmtId"));
      const char* code = attribute(attributes, "formatCode");
      if (id && code != nullptr) format_codes[*id] = code;
    } else if (name == "cellXfs") {
      in_cell_styles = true;
    } else if (name == "xf" && in_cell_styles) {
      style_formats.push_back(whole_number(attribute(attributes, "numFmtId")).value_or(0));
    }
  }
  void end(std::string_view element) override {
    if (local_name(element) == "cellXfs") in_cell_styles = false;
  }

  [[nodiscard]] std::vector<bool> date_styles() const {
    std::vector<bool> dates;
    for (const std::uint64_t format : style_formats) {
      const auto code = format_codes.find(format);
      dates.push_back(is_date_format(format, code != format_codes.end() ? code->second : std::string_view{}));
    }
    return dates;
  }
};

// The text of a string item (<si>, or a cell's <is>): its <t>, or its rich text runs' <t> joined, without the
// phonetic guides (<rPh>) that East Asian workbooks add.
class StringItem {
 public:
  void start(std::string_view name) {
    if (name == "rPh") ++phonetic_depth_;
    if (name == "t" && phonetic_depth_ == 0) in_text_ = true;
  }
  void end(std::string_view name) {
    if (name == "rPh" && phonetic_depth_ > 0) --phonetic_depth_;
    if (name == "t") in_text_ = false;
  }
  void text(std::string_view piece) {
    if (in_text_) text_ += piece;
  }
  std::string take() {
    phonetic_depth_ = 0;
    in_text_ = false;
    std::string text = unescape_xlsx_text(text_);
    text_.clear();
    return text;
  }

 private:
  std::string text_;
  int phonetic_depth_ = 0;
  bool in_text_ = false;
};

// xl/sharedStrings.xml: the strings cells of type s point to, by index.
struct SharedStringsPart : XmlHandler {
  std::vector<std::string> strings;
  StringItem item;

  void start(std::string_view element, const char**) override { item.start(local_name(element)); }
  void end(std::string_view element) override {
    const std::string_view name = local_name(element);
    item.end(name);
    if (name == "si") strings.push_back(item.take());
  }
  void text(std::string_view piece) override { item.text(piece); }
};

// A sheet's part: each <c> of each <row> becomes a cell of the SheetText, as the workbook stores it.
class SheetPart : public XmlHandler {
 public:
  SheetPart(const std::vector<std::string>& strings, const std::vector<bool>& date_styles, DateSystem dates,
            std::string place)
      : strings_(strings), date_styles_(date_styles), dates_(dates), place_(place), text_(std::move(place)) {}

  void start(std::string_view element, const char** attributes) override {
    const std::string_view name = local_name(element);
    if (name == "row") {
      const auto number = whole_number(attribute(attributes, "r"));
      row_ = number ? *number : row_ + 1;
      column_ = 0;
    } else if (name == "c") {
      start_cell(attributes);
    } else if (in_cell_) {
      if (name == "v") in_value_ = true;
      if (name == "is") in_inline_ = true;
      if (in_inline_) inline_.start(name);
    }
  }

  void end(std::string_view element) override {
    const std::string_view name = local_name(element);
    if (name == "c") {
      text_.add(row_, column_, cell_value());
      in_cell_ = false;
    } else if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (in_inline_) {
      inline_.end(name);
    }
  }

  void text(std::string_view piece) override {
    if (in_value_) value_ += piece;
    if (in_inline_) inline_.text(piece);
  }

  [[nodiscard]] std::string take() && { return std::move(text_).take(); }

 private:
  void start_cell(const char** attributes) {
    CellReference reference;
    const char* place = attribute(attributes, "r");
    if (place == nullptr) {
      column_ += 1;
    } else if (parse_cell_reference(place, reference) && reference.row == row_) {
      column_ = reference.column;
    } else {
      throw corrupt_workbook(place_, fmt::format("the cell reference \"{}\" is not in row {}", place, row_));
    }
    const char* type = attribute(attributes, "t");
    type_ = type != nullptr ? type : "n";
    style_ = whole_number(attribute(attributes, "s")).value_or(0);
    value_.clear();
    inline_.take();
    in_cell_ = true;
  }

  std::string cell_value() {
    if (type_ == "s") {
      const auto index = whole_number(value_.c_str());
      if (!index || *index >= strings_.size())
        throw corrupt_workbook(place_, fmt::format("the shared string \"{}\" does not exist", value_));
      return strings_[*index];
    }
    if (type_ == "inlineStr") return inline_.take();
    if (type_ == "b") return value_ == "1" ? "TRUE" : "FALSE";
    if (type_ == "e") return value_ == "#N/A" ? "" : value_;
    if (type_ == "str") return unescape_xlsx_text(value_);
    if (type_ == "d") return date_part(value_);
    if (type_ != "n" || value_.empty()) return value_;
    if (style_ < date_styles_.size() && date_styles_[style_]) {
      double serial = 0;
      const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), serial);
      if (error == std::errc{} && end == value_.data() + value_.size())
        if (std::optional<std::string> date = serial_date(serial, dates_)) return *date;
    }
    return number_text(value_);
  }

  const std::vector<std::string>& strings_;
  const std::vector<bool>& date_styles_;
  DateSystem dates_;
  std::string place_;
  SheetText text_;
  std::uint64_t row_ = 0;
  std::uint64_t column_ = 0;
  std::string type_;
  std::uint64_t style_ = 0;
  std::string value_;
  StringItem inline_;
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
};

class XlsxReader final : public WorkbookReader {
 public:
  XlsxReader(const ZipParts& parts, std::string name) : parts_(parts), name_(std::move(name)) {
    parse_part(parts_, kWorkbookPart, workbook_, name_);
    if (parts_.has(kRelationshipsPart)) parse_part(parts_, kRelationshipsPart, relationships_, name_);
  }

  [[nodiscard]] std::vector<std::string> sheet_names() const override {
    std::vector<std::string> names;
    for (const SheetEntry& sheet : workbook_.sheets) names.push_back(sheet.name);
    return names;
  }

  [[nodiscard]] std::string sheet_text(std::size_t index) override {
    const auto target = relationships_.targets.find(workbook_.sheets.at(index).relationship);
    if (target == relationships_.targets.end())
      throw corrupt_workbook(fmt::format("{}: {}", name_, kRelationshipsPart),
                             fmt::format("no part for the sheet \"{}\"", workbook_.sheets[index].name));
    StylesPart styles;
    if (parts_.has(relationships_.styles)) parse_part(parts_, relationships_.styles, styles, name_);
    SharedStringsPart strings;
    if (parts_.has(relationships_.shared_strings)) parse_part(parts_, relationships_.shared_strings, strings, name_);
    const std::vector<bool> date_styles = styles.date_styles();
    SheetPart sheet(strings.strings, date_styles, workbook_.dates, fmt::format("{}: {}", name_, target->second));
    parse_part(parts_, target->second, sheet, name_);
    return std::move(sheet).take();
  }

 private:
  const ZipParts& parts_;
  std::string name_;
  WorkbookPart workbook_;
  RelationshipsPart relationships_;
};

}  // namespace

std::unique_ptr<WorkbookReader> xlsx_reader(const ZipParts& parts, const std::string& name) {
  return std::make_unique<XlsxReader>(parts, name);
}

}  // namespace coopstat::input
