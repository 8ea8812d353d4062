#include "input/huge_pages.hpp"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace coopstat::input {

void prefer_huge_pages(void* begin, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  const auto start = reinterpret_cast<std::uintptr_t>(begin);
  const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
  if (end > first) madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
#else
  (void)begin;
  (void)bytes;
#endif
}

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
