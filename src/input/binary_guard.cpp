#include "input/binary_guard.hpp"

#include <algorithm>
#include <cstring>

#include "coopstat/error.hpp"

namespace coopstat::input {
namespace {

class TextOnlySource : public io::ByteSourceBase {
 public:
  TextOnlySource(std::unique_ptr<io::ByteSourceBase> source, std::string name, std::uint64_t first_line)
      : source_(std::move(source)), name_(std::move(name)), lines_(first_line - 1), at_start_(first_line == 1) {}

  int read(char* buffer, int size) override {
    const int got = source_->read(buffer, size);
    if (at_start_ && got >= 2) {
      const std::string_view head(buffer, 2);
      if (head == "\xFF\xFE" || head == "\xFE\xFF")
        throw Error(name_, 1, "the input is UTF-16; coopstat reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)");
    }
    at_start_ = false;
    const char* const begin = buffer;
    const char* const end = buffer + got;
    if (const void* nul = std::memchr(begin, '\0', static_cast<std::size_t>(got)); nul != nullptr) {
      const auto line = lines_ + 1 + static_cast<std::uint64_t>(std::count(begin, static_cast<const char*>(nul), '\n'));
      throw Error(name_, line, "a NUL byte: the input is not text (binary, or UTF-16 without a byte order mark?)");
    }
    lines_ += static_cast<std::uint64_t>(std::count(begin, end, '\n'));
    return got;
  }

 private:
  std::unique_ptr<io::ByteSourceBase> source_;
  std::string name_;
  std::uint64_t lines_;  // line breaks before the current block, for the line of a NUL
  bool at_start_;
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> text_only(std::unique_ptr<io::ByteSourceBase> source, const std::string& name,
                                              std::uint64_t first_line) {
  return std::make_unique<TextOnlySource>(std::move(source), name, first_line);
}

}  // namespace coopstat::input
