#include "input/encoding.hpp"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <vector>

#include "coopstat/error.hpp"
#include "suggest.hpp"

namespace coopstat::input {
namespace {

constexpr int kBlock = 1 << 16;
constexpr std::array<std::string_view, 10> kCommonEncodings{"utf-8",  "utf-16", "utf-16le", "utf-16be",  "latin1",
                                                            "cp1252", "cp1250", "cp1251",   "macintosh", "iso-8859-15"};

struct ByteOrderMark {
  std::string_view bytes;
  std::string_view encoding;
};
constexpr std::array<ByteOrderMark, 3> kByteOrderMarks{
    {{"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}}};

// "UTF-16le" → "UTF16LE": iconv's names compared as iconv compares them, case and punctuation aside.
std::string folded(std::string_view name) {
  std::string folded;
  for (const char c : name)
    if (std::isalnum(static_cast<unsigned char>(c)) != 0)
      folded += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return folded;
}

bool is_utf8(std::string_view name) { return folded(name) == "UTF8"; }

// Whether `encoding`, which the user named, agrees with the byte order mark of `bom_encoding`.
bool agrees(std::string_view encoding, std::string_view bom_encoding) {
  const std::string name = folded(encoding);
  return name == folded(bom_encoding) || (name == "UTF16" && bom_encoding.starts_with("UTF-16"));
}

// Converts another source's bytes to UTF-8 with iconv, counting the line breaks it gives (a LF, a CR LF or a lone CR
// each end a line, as line_ends.hpp reads them) to name the line of a byte that is no character.
class IconvSource : public io::ByteSourceBase {
 public:
  IconvSource(std::unique_ptr<io::ByteSourceBase> source, std::string encoding, std::string name)
      : source_(std::move(source)),
        encoding_(std::move(encoding)),
        name_(std::move(name)),
        converter_(iconv_open("UTF-8", encoding_.c_str())),
        input_(kBlock),
        output_(kBlock) {
    if (converter_ == reinterpret_cast<iconv_t>(-1)) throw Error(name_, 0, "cannot read " + encoding_);
  }
  IconvSource(const IconvSource&) = delete;
  IconvSource& operator=(const IconvSource&) = delete;
  ~IconvSource() override { iconv_close(converter_); }

  int read(char* buffer, int size) override {
    int filled = 0;
    while (filled < size) {
      if (output_begin_ == output_end_ && !convert()) break;
      const int taken = std::min(size - filled, static_cast<int>(output_end_ - output_begin_));
      std::copy_n(output_.data() + output_begin_, taken, buffer + filled);
      output_begin_ += static_cast<std::size_t>(taken);
      filled += taken;
    }
    return filled;
  }

 private:
  // Fills output_ with the next converted bytes: false at the end of the input.
  bool convert() {
    output_begin_ = output_end_ = 0;
    while (output_end_ == 0) {
      if (input_begin_ == input_end_ && !refill()) return false;
      char* in = input_.data() + input_begin_;
      std::size_t in_left = input_end_ - input_begin_;
      char* out = output_.data();
      std::size_t out_left = output_.size();
      const std::size_t result = iconv(converter_, &in, &in_left, &out, &out_left);
      const int error = errno;
      input_begin_ = static_cast<std::size_t>(in - input_.data());
      output_end_ = static_cast<std::size_t>(out - output_.data());
      count_line_breaks(output_.data(), output_end_);
      if (result != static_cast<std::size_t>(-1) || error == E2BIG) continue;
      // EINVAL: the block ends inside a character, which the next block completes.
      if (error == EINVAL && refill()) continue;
      if (error == EINVAL)
        throw Error(name_, line_breaks_ + 1,
                    fmt::format("the input ends inside a character of {} (is it cut short, or in another encoding?)",
                                encoding_));
      throw Error(name_, line_breaks_ + 1,
                  fmt::format("byte 0x{:02X} starts no character of {} (is the input in another encoding? name it "
                              "with --encoding)",
                              static_cast<unsigned char>(*in), encoding_));
    }
    return true;
  }

  // Moves the bytes not yet converted to the front and reads more after them: false when nothing more came.
  bool refill() {
    if (ended_) return false;
    const std::size_t kept = input_end_ - input_begin_;
    std::copy(input_.begin() + static_cast<std::ptrdiff_t>(input_begin_),
              input_.begin() + static_cast<std::ptrdiff_t>(input_end_), input_.begin());
    const int wanted = kBlock - static_cast<int>(kept);
    const int got = read_fully(*source_, input_.data() + kept, wanted);
    ended_ = got < wanted;
    input_begin_ = 0;
    input_end_ = kept + static_cast<std::size_t>(got);
    return got > 0;
  }

  void count_line_breaks(const char* bytes, std::size_t size) {
    for (std::size_t at = 0; at < size; ++at) {
      if (bytes[at] == '\n' && !after_cr_) ++line_breaks_;
      if (bytes[at] == '\r') ++line_breaks_;
      after_cr_ = bytes[at] == '\r';
    }
  }

  std::unique_ptr<io::ByteSourceBase> source_;
  std::string encoding_;
  std::string name_;
  iconv_t converter_;
  std::vector<char> input_;
  std::size_t input_begin_ = 0, input_end_ = 0;
  bool ended_ = false;
  std::vector<char> output_;
  std::size_t output_begin_ = 0, output_end_ = 0;
  std::uint64_t line_breaks_ = 0;
  bool after_cr_ = false;
};

}  // namespace

Utf8Source as_utf8(std::unique_ptr<io::ByteSourceBase> source, const std::optional<std::string>& encoding,
                   const std::string& name) {
  std::string head(3, '\0');
  head.resize(static_cast<std::size_t>(read_fully(*source, head.data(), static_cast<int>(head.size()))));
  const auto bom = std::find_if(kByteOrderMarks.begin(), kByteOrderMarks.end(),
                                [&head](const ByteOrderMark& mark) { return head.starts_with(mark.bytes); });
  if (bom != kByteOrderMarks.end() && encoding && !agrees(*encoding, bom->encoding))
    throw Error(name, 1,
                fmt::format("the input starts with a {} byte order mark, but --encoding says {} (leave --encoding out)",
                            bom->encoding, *encoding));
  const EncodingSource chosen_by = encoding                       ? EncodingSource::flag
                                   : bom != kByteOrderMarks.end() ? EncodingSource::byte_order_mark
                                                                  : EncodingSource::by_default;
  // A UTF-8 byte order mark stays: the header search and the file's own readers pass over it.
  const bool utf8 = bom != kByteOrderMarks.end() ? bom->encoding == "UTF-8" : !encoding || is_utf8(*encoding);
  if (utf8)
    return {std::make_unique<PrefixedSource>(std::move(head), std::move(source)), encoding.value_or("UTF-8"), chosen_by,
            false};
  // A UTF-16 byte order mark names the byte order, and is no character of the text.
  std::string from = encoding.value_or("");
  if (bom != kByteOrderMarks.end()) {
    head.erase(0, bom->bytes.size());
    from = bom->encoding;
  }
  auto bytes =
      std::make_unique<IconvSource>(std::make_unique<PrefixedSource>(std::move(head), std::move(source)), from, name);
  return {std::move(bytes), from, chosen_by, true};
}

std::optional<Assumption> encoding_assumption(const Utf8Source& source) {
  if (source.chosen_by != EncodingSource::byte_order_mark || !source.converted) return std::nullopt;
  std::string flag = source.encoding;
  std::transform(flag.begin(), flag.end(), flag.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return Assumption{
      fmt::format("read as {}, as its byte order mark says (--encoding {} to confirm)", source.encoding, flag),
      std::nullopt, false};
}

}  // namespace coopstat::input

namespace coopstat {

std::string parse_encoding(std::string_view text) {
  // A "//IGNORE" or "//TRANSLIT" suffix would drop or change bytes silently; an empty name is the locale's.
  const bool known = [&] {
    if (text.empty() || text.find('/') != std::string_view::npos) return false;
    const iconv_t converter = iconv_open("UTF-8", std::string(text).c_str());
    if (converter == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(converter);
    return true;
  }();
  if (known) return std::string(text);
  const std::vector<std::string> common(input::kCommonEncodings.begin(), input::kCommonEncodings.end());
  throw usage_error(with_suggestion(
      fmt::format("unknown encoding \"{}\" (common ones: {}; `iconv -l` lists all)", text, fmt::join(common, ", ")),
      text, common));
}

}  // namespace coopstat
