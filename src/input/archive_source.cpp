#include "input/archive_source.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <fmt/format.h>

#include <exception>
#include <new>

#include "coopstat/error.hpp"
#include "input/content_sniff.hpp"

namespace coopstat::input {
namespace {

constexpr int kBlock = 1 << 16;

// A libarchive reader and the source its callback reads; an exception from the source is kept, not thrown through
// libarchive's C frames, and thrown again once libarchive has returned.
class Reader {
 public:
  // `name` and `what` ("the xz data", "the archive") make the error messages.
  Reader(std::string name, std::string what)
      : archive_(archive_read_new()), name_(std::move(name)), what_(std::move(what)) {
    if (archive_ == nullptr) throw std::bad_alloc();
    // Only the compressions coopstat reads, each built into libarchive: filter_all would also run external
    // programs (lrzip, lzop…) on what a hostile input claims to be.
    archive_read_support_filter_gzip(archive_);
    archive_read_support_filter_xz(archive_);
    archive_read_support_filter_bzip2(archive_);
    archive_read_support_filter_zstd(archive_);
  }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;
  ~Reader() { archive_read_free(archive_); }

  // A stream that is one compressed file (libarchive's "raw" format: no archive inside).
  void open_stream(std::unique_ptr<io::ByteSourceBase> source) {
    archive_read_support_format_raw(archive_);
    source_ = std::move(source);
    block_.resize(kBlock);
    check(archive_read_open(archive_, this, nullptr, &Reader::read_callback, nullptr));
  }

  void open_archive(const ArchiveBytes& bytes) {
    archive_read_support_format_zip(archive_);
    archive_read_support_format_tar(archive_);
    held_ = bytes.bytes;
    check(bytes.path.empty() ? archive_read_open_memory(archive_, held_->data(), held_->size())
                             : archive_read_open_filename(archive_, bytes.path.c_str(), kBlock));
  }

  // The next entry, or nullptr at the end.
  archive_entry* next() {
    archive_entry* entry = nullptr;
    const int status = archive_read_next_header(archive_, &entry);
    if (status == ARCHIVE_EOF) return nullptr;
    check(status);
    return entry;
  }

  // What is read next is `what` of `name` ("the member", "data.zip:table.csv").
  void now_reading(std::string name, std::string what) {
    name_ = std::move(name);
    what_ = std::move(what);
  }

  // Fills `buffer` unless the entry ends first, as csv.h needs.
  int read(char* buffer, int size) {
    int filled = 0;
    while (filled < size) {
      const la_ssize_t got = archive_read_data(archive_, buffer + filled, static_cast<std::size_t>(size - filled));
      if (got == 0) break;
      if (got < 0) fail();
      filled += static_cast<int>(got);
    }
    return filled;
  }

 private:
  static la_ssize_t read_callback(archive* /*archive*/, void* self, const void** buffer) {
    auto* reader = static_cast<Reader*>(self);
    try {
      *buffer = reader->block_.data();
      return read_fully(*reader->source_, reader->block_.data(), kBlock);
    } catch (...) {
      reader->failure_ = std::current_exception();
      return -1;
    }
  }

  void check(int status) {
    if (status < ARCHIVE_WARN || failure_) fail();
  }

  // An error of the source comes first: libarchive only saw that reading failed.
  [[noreturn]] void fail() {
    if (failure_) std::rethrow_exception(failure_);
    const char* why = archive_error_string(archive_);
    throw Error(name_, 0,
                fmt::format("{} is corrupt or truncated ({})", what_, why != nullptr ? why : "unknown error"));
  }

  archive* archive_;
  std::string name_;
  std::string what_;
  std::unique_ptr<io::ByteSourceBase> source_;
  std::vector<char> block_;
  std::shared_ptr<const std::string> held_;
  std::exception_ptr failure_;
};

// The bytes of the entry a Reader stands at; none when there is no reader (a stream without an entry).
class EntrySource : public io::ByteSourceBase {
 public:
  explicit EntrySource(std::unique_ptr<Reader> reader) : reader_(std::move(reader)) {}
  int read(char* buffer, int size) override { return reader_ != nullptr ? reader_->read(buffer, size) : 0; }

 private:
  std::unique_ptr<Reader> reader_;
};

bool regular_file(archive_entry* entry) { return archive_entry_filetype(entry) == AE_IFREG; }

std::string entry_name(archive_entry* entry) {
  const char* name = archive_entry_pathname(entry);
  return name != nullptr ? name : "";
}

}  // namespace

ArchiveBytes held_in_memory(io::ByteSourceBase& source, const std::string& name) {
  auto bytes = std::make_shared<std::string>();
  for (int got = kBlock; got == kBlock;) {
    if (bytes->size() >= kMostHeldBytes)
      throw Error(
          name, 0,
          "an archive of more than 1 GiB read from a stream: give coopstat its file instead, or extract the table");
    const std::size_t old_size = bytes->size();
    bytes->resize(old_size + kBlock);
    got = read_fully(source, bytes->data() + old_size, kBlock);
    bytes->resize(old_size + static_cast<std::size_t>(got));
  }
  return {"", std::move(bytes)};
}

std::unique_ptr<io::ByteSourceBase> decompressed_by_libarchive(std::unique_ptr<io::ByteSourceBase> compressed,
                                                               const std::string& name, std::string_view format) {
  auto reader = std::make_unique<Reader>(name, fmt::format("the {} data", format));
  reader->open_stream(std::move(compressed));
  if (reader->next() == nullptr) reader.reset();
  return std::make_unique<EntrySource>(std::move(reader));
}

std::vector<Member> list_members(const ArchiveBytes& archive, const std::string& name) {
  Reader reader(name, "the archive");
  reader.open_archive(archive);
  std::vector<Member> members;
  while (archive_entry* entry = reader.next()) {
    Member member{entry_name(entry), regular_file(entry), ""};
    // An encrypted member's first bytes cannot be read: it is judged by its name, and refused if read.
    if (member.regular && archive_entry_is_data_encrypted(entry) == 0) {
      reader.now_reading(fmt::format("{}:{}", name, shown_name(member.name)), "the member");
      member.head.resize(kSniffBytes);
      member.head.resize(static_cast<std::size_t>(reader.read(member.head.data(), static_cast<int>(kSniffBytes))));
      reader.now_reading(name, "the archive");
    }
    members.push_back(std::move(member));
  }
  return members;
}

std::unique_ptr<io::ByteSourceBase> member_bytes(const ArchiveBytes& archive, const std::string& member,
                                                 const std::string& name) {
  auto reader = std::make_unique<Reader>(name, "the member");
  reader->open_archive(archive);
  while (archive_entry* entry = reader->next())
    if (regular_file(entry) && entry_name(entry) == member) {
      if (archive_entry_is_data_encrypted(entry) != 0)
        throw Error(name, 0, "the member is encrypted: extract it with its password first");
      return std::make_unique<EntrySource>(std::move(reader));
    }
  throw Error(name, 0, "the member is gone from the archive");
}

}  // namespace coopstat::input
