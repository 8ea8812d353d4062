#include "input/reader_buffer.hpp"

#include "huge_pages.hpp"

namespace coopstat::input {
namespace {

class HugePageBufferSource : public io::ByteSourceBase {
 public:
  explicit HugePageBufferSource(std::unique_ptr<io::ByteSourceBase> source) : source_(std::move(source)) {}

  int read(char* buffer, int size) override {
    if (first_read_) prefer_huge_pages(buffer, static_cast<std::size_t>(size));
    first_read_ = false;
    return source_->read(buffer, size);
  }

 private:
  std::unique_ptr<io::ByteSourceBase> source_;
  bool first_read_ = true;
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> with_huge_page_buffer(std::unique_ptr<io::ByteSourceBase> source) {
  return std::make_unique<HugePageBufferSource>(std::move(source));
}

}  // namespace coopstat::input
