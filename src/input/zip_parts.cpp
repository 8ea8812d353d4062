#include "input/zip_parts.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>
#include <new>

#include "input/workbook_error.hpp"

namespace coopstat::input {
namespace {

struct ArchiveFree {
  void operator()(archive* reader) const { archive_read_free(reader); }
};
using Archive = std::unique_ptr<archive, ArchiveFree>;

std::string archive_message(archive* reader) {
  const char* message = archive_error_string(reader);
  return message != nullptr ? message : "unknown error";
}

Archive open_zip(std::string_view bytes, const std::string& name) {
  Archive reader(archive_read_new());
  if (!reader) throw std::bad_alloc();
  if (archive_read_support_format_zip(reader.get()) != ARCHIVE_OK ||
      archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
    throw corrupt_workbook(name, archive_message(reader.get()));
  return reader;
}

}  // namespace

ZipParts::ZipParts(std::string_view bytes, std::string name) : bytes_(bytes), name_(std::move(name)) {
  Archive reader = open_zip(bytes_, name_);
  archive_entry* entry = nullptr;
  int status = ARCHIVE_OK;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
    const char* path = archive_entry_pathname(entry);
    names_.emplace_back(path != nullptr ? path : "");
  }
  if (status != ARCHIVE_EOF) listing_error_ = archive_message(reader.get());
}

bool ZipParts::has(std::string_view part) const {
  return std::find(names_.begin(), names_.end(), part) != names_.end();
}

void ZipParts::read(std::string_view part, const std::function<void(std::string_view)>& take) const {
  const std::string place = fmt::format("{}: {}", name_, part);
  Archive reader = open_zip(bytes_, name_);
  archive_entry* entry = nullptr;
  int status = ARCHIVE_OK;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
    const char* path = archive_entry_pathname(entry);
    if (path == nullptr || part != path) continue;
    std::array<char, 1 << 16> buffer{};
    la_ssize_t got = 0;
    while ((got = archive_read_data(reader.get(), buffer.data(), buffer.size())) > 0)
      take(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    if (got < 0) throw corrupt_workbook(place, archive_message(reader.get()));
    return;
  }
  throw corrupt_workbook(place, status != ARCHIVE_EOF ? archive_message(reader.get()) : "the part is missing");
}

std::string ZipParts::read(std::string_view part) const {
  std::string whole;
  read(part, [&whole](std::string_view piece) { whole += piece; });
  return whole;
}

}  // namespace coopstat::input
