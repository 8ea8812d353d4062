#include "input/record_keys.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <string_view>

#include "coopstat/error.hpp"
#include "input/dialect.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// FNV-1a: a second hash, independent of std::hash, so that two different records share a 128-bit key only by a
// chance far below any file's size.
std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (const char byte : bytes) hash = (hash ^ static_cast<unsigned char>(byte)) * 0x100000001b3ull;
  return hash;
}

class KeyLoggingSource final : public io::ByteSourceBase {
 public:
  KeyLoggingSource(std::unique_ptr<io::ByteSourceBase> records, char delimiter, std::vector<std::string> header_names,
                   std::vector<std::size_t> positions, std::uint32_t header_line, std::shared_ptr<const LineMap> lines,
                   std::shared_ptr<RecordKeyLog> log)
      : records_(std::move(records)),
        delimiter_(delimiter),
        positions_(std::move(positions)),
        header_line_(header_line),
        lines_(std::move(lines)),
        log_(std::move(log)) {
    // The key's columns are part of it: files with other columns never share keys.
    for (const std::size_t position : positions_) append_cell(header_names_part_, header_names[position]);
  }

  int read(char* buffer, int size) override {
    const int got = records_->read(buffer, size);
    const std::string_view bytes(buffer, static_cast<std::size_t>(std::max(got, 0)));
    for (std::size_t start = 0; start < bytes.size();) {
      const std::size_t end = bytes.find('\n', start);
      record_.append(bytes.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
      if (end == std::string_view::npos) break;
      finish_record();
      start = end + 1;
    }
    if (got <= 0 && !record_.empty()) finish_record();
    return got;
  }

 private:
  // Each cell after its length, so that no two lists of cells give the same bytes.
  static void append_cell(std::string& key, std::string_view cell) {
    const std::size_t size = cell.size();
    key.append(reinterpret_cast<const char*>(&size), sizeof size);
    key += cell;
  }

  void finish_record() {
    ++logical_line_;
    std::string_view text = record_;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    const std::uint64_t line = lines_->physical(logical_line_);
    // The header, the lines before it, blank lines and records split_fields cannot read hold no row.
    if (line > header_line_ && !trim_blanks(text).empty() && split_fields(text, delimiter_, cells_)) {
      key_ = header_names_part_;
      for (const std::size_t position : positions_)
        append_cell(key_, position < cells_.size() ? std::string_view(cells_[position]) : std::string_view{});
      log_->add({line, std::hash<std::string>{}(key_), fnv1a(key_)});
    }
    record_.clear();
  }

  std::unique_ptr<io::ByteSourceBase> records_;
  char delimiter_;
  std::vector<std::size_t> positions_;
  std::uint32_t header_line_;
  std::shared_ptr<const LineMap> lines_;
  std::shared_ptr<RecordKeyLog> log_;
  std::string header_names_part_;
  std::string record_;
  std::vector<std::string> cells_;  // kept between records, as key_ is, so that their room is reused
  std::string key_;
  std::uint64_t logical_line_ = 0;
};

}  // namespace

void RecordKeyLog::add(const RecordKey& key) {
  const std::lock_guard lock(mutex_);
  keys_.push_back(key);
}

std::vector<RecordKey> RecordKeyLog::take() {
  const std::lock_guard lock(mutex_);
  return std::move(keys_);
}

std::vector<std::size_t> key_column_positions(const Layout& layout, const std::vector<std::string>& key_columns,
                                              const std::string& file, std::uint32_t line) {
  std::vector<std::size_t> positions;
  if (key_columns.empty()) {
    const std::optional<std::size_t> count = layout[Role::count].index;
    for (std::size_t position = 0; position < layout.names.size(); ++position)
      if (position != count &&
          std::find(layout.year_columns.begin(), layout.year_columns.end(), position) == layout.year_columns.end())
        positions.push_back(position);
    return positions;
  }
  for (const std::string& wanted : key_columns) {
    auto found = std::find(layout.names.begin(), layout.names.end(), wanted);
    if (found == layout.names.end())
      found = std::find_if(layout.names.begin(), layout.names.end(), [&](const std::string& name) {
        return normalize_header_name(name) == normalize_header_name(wanted);
      });
    if (found == layout.names.end())
      throw Error(file, line,
                  fmt::format("--key \"{}\": no such column; the header has {}", wanted, header_list(layout.names)));
    positions.push_back(static_cast<std::size_t>(found - layout.names.begin()));
  }
  return positions;
}

std::unique_ptr<io::ByteSourceBase> logging_record_keys(std::unique_ptr<io::ByteSourceBase> records, char delimiter,
                                                        std::vector<std::string> header_names,
                                                        std::vector<std::size_t> positions, std::uint32_t header_line,
                                                        std::shared_ptr<const LineMap> lines,
                                                        std::shared_ptr<RecordKeyLog> log) {
  return std::make_unique<KeyLoggingSource>(std::move(records), delimiter, std::move(header_names),
                                            std::move(positions), header_line, std::move(lines), std::move(log));
}

}  // namespace coopstat::input
