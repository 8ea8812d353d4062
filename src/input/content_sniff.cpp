#include "input/content_sniff.hpp"

#include <algorithm>
#include <array>

namespace coopstat::input {
namespace {

struct Signature {
  Content content;
  std::string_view magic;
  std::size_t offset;
  std::string_view name;
  std::string_view refusal;  ///< empty: coopstat reads it
};

using namespace std::string_view_literals;

// Magic bytes from each format's specification. bzip2 and Parquet marks are text a CSV could start with, so they
// are checked further below.
constexpr std::array kSignatures{
    Signature{Content::gzip, "\x1f\x8b"sv, 0, "gzip", ""},
    Signature{Content::xz,
              "\xfd"
              "7zXZ\0"sv,
              0, "xz", ""},
    Signature{Content::zstd, "\x28\xb5\x2f\xfd"sv, 0, "zstd", ""},
    Signature{Content::zip, "PK\x03\x04"sv, 0, "zip", ""},
    Signature{Content::zip, "PK\x05\x06"sv, 0, "zip", ""},  // an empty zip archive
    Signature{Content::tar, "ustar"sv, 257, "tar", ""},
    Signature{Content::pdf, "%PDF-"sv, 0, "PDF", "a PDF document, not a table: export the table as CSV"},
    Signature{Content::ole2, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"sv, 0, "OLE2",
              "a legacy Excel workbook (.xls) or another Office 97-2003 file: save the sheet as CSV, or the "
              "workbook as .xlsx"},
    Signature{Content::sqlite, "SQLite format 3\0"sv, 0, "SQLite",
              "an SQLite database: export a table as CSV (sqlite3 -header -csv FILE 'SELECT * FROM TABLE')"},
    Signature{Content::seven_zip, "7z\xbc\xaf\x27\x1c"sv, 0, "7z",
              "a 7z archive: coopstat reads zip and tar archives; extract the table first (7z x FILE)"},
    Signature{Content::rar, "Rar!\x1a\x07"sv, 0, "RAR",
              "a RAR archive: coopstat reads zip and tar archives; extract the table first (unrar x FILE)"},
    Signature{Content::png, "\x89PNG\r\n\x1a\n"sv, 0, "PNG", "a PNG image, not a table"},
    Signature{Content::jpeg, "\xff\xd8\xff"sv, 0, "JPEG", "a JPEG image, not a table"},
    Signature{Content::gif, "GIF8"sv, 0, "GIF", "a GIF image, not a table"},
    Signature{Content::bzip2, "BZh"sv, 0, "bzip2", ""},
    Signature{Content::parquet, "PAR1"sv, 0, "Parquet",
              "a Parquet file: convert it to CSV first (e.g. duckdb -c \"COPY (FROM 'FILE') TO 'FILE.csv'\")"},
};

const Signature* signature_of(Content content) {
  const auto* found = std::find_if(kSignatures.begin(), kSignatures.end(),
                                   [content](const Signature& signature) { return signature.content == content; });
  return found == kSignatures.end() ? nullptr : found;
}

// "BZh", a block size 1-9, then the mark of a first block (π) or of the end of an empty stream (√π).
bool bzip2_stream(std::string_view bytes) {
  if (bytes.size() < 10 || bytes[3] < '1' || bytes[3] > '9') return false;
  const std::string_view block = bytes.substr(4, 6);
  return block == "\x31\x41\x59\x26\x53\x59"sv || block == "\x17\x72\x45\x38\x50\x90"sv;
}

// A tar header block sums, with its checksum field read as spaces, to the octal number in that field.
bool tar_header(std::string_view bytes) {
  constexpr std::size_t kBlock = 512;
  constexpr std::size_t kChecksum = 148;
  constexpr std::size_t kChecksumSize = 8;
  if (bytes.size() < kBlock) return false;
  unsigned long sum = 0;
  for (std::size_t i = 0; i < kBlock; ++i)
    sum += i >= kChecksum && i < kChecksum + kChecksumSize ? ' ' : static_cast<unsigned char>(bytes[i]);
  unsigned long written = 0;
  std::size_t i = kChecksum;
  while (i < kChecksum + kChecksumSize && bytes[i] == ' ') ++i;
  const std::size_t digits_from = i;
  for (; i < kChecksum + kChecksumSize && bytes[i] >= '0' && bytes[i] <= '7'; ++i)
    written = written * 8 + static_cast<unsigned long>(bytes[i] - '0');
  return i > digits_from && written == sum;
}

bool matches(const Signature& signature, std::string_view bytes) {
  if (bytes.size() < signature.offset || !bytes.substr(signature.offset).starts_with(signature.magic)) return false;
  if (signature.content == Content::bzip2) return bzip2_stream(bytes);
  if (signature.content == Content::tar) return tar_header(bytes);
  // A Parquet file's first page header follows its mark: binary, where a CSV would go on with text.
  if (signature.content == Content::parquet) return bytes.find('\0') != std::string_view::npos;
  return true;
}

}  // namespace

Content sniff_content(std::string_view first_bytes) {
  for (const Signature& signature : kSignatures)
    if (matches(signature, first_bytes)) return signature.content;
  return Content::text;
}

bool compressed(Content content) {
  return content == Content::gzip || content == Content::xz || content == Content::bzip2 || content == Content::zstd;
}

std::string_view format_name(Content content) {
  const Signature* signature = signature_of(content);
  return signature == nullptr ? "text" : signature->name;
}

std::string refusal(Content content) {
  const Signature* signature = signature_of(content);
  return signature == nullptr ? std::string() : std::string(signature->refusal);
}

}  // namespace coopstat::input
