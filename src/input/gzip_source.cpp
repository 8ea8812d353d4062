#include "input/gzip_source.hpp"

#include <fmt/format.h>
#include <zlib.h>

#include <vector>

#include "coopstat/error.hpp"

namespace coopstat::input {
namespace {

constexpr int kInputBlock = 1 << 16;

// Inflates the gzip stream of another source; fills each request fully, as csv.h needs.
class GzipSource : public io::ByteSourceBase {
 public:
  GzipSource(std::unique_ptr<io::ByteSourceBase> compressed, std::string name)
      : compressed_(std::move(compressed)), name_(std::move(name)), input_(kInputBlock) {
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK) throw Error(name_, 0, "cannot start gzip decompression");
  }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;
  ~GzipSource() override { inflateEnd(&stream_); }

  int read(char* buffer, int size) override {
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(size);
    while (stream_.avail_out > 0 && !finished_) {
      if (stream_.avail_in == 0) refill();
      const int status = inflate(&stream_, Z_NO_FLUSH);
      if (status == Z_STREAM_END) {
        // Another member may follow (as `cat a.gz b.gz` makes); otherwise the input is done.
        if (stream_.avail_in == 0) refill();
        if (stream_.avail_in == 0) {
          finished_ = true;
        } else {
          inflateReset(&stream_);
        }
      } else if (status == Z_BUF_ERROR && stream_.avail_in == 0 && input_ended_) {
        throw Error(name_, 0, "the gzip data is truncated");
      } else if (status != Z_OK && status != Z_BUF_ERROR) {
        throw Error(
            name_, 0,
            fmt::format("the gzip data is corrupt ({})", stream_.msg != nullptr ? stream_.msg : "unknown error"));
      }
    }
    return size - static_cast<int>(stream_.avail_out);
  }

 private:
  void refill() {
    if (input_ended_) return;
    const int got = read_fully(*compressed_, reinterpret_cast<char*>(input_.data()), kInputBlock);
    if (got < kInputBlock) input_ended_ = true;
    stream_.next_in = input_.data();
    stream_.avail_in = static_cast<uInt>(got);
  }

  std::unique_ptr<io::ByteSourceBase> compressed_;
  std::string name_;
  std::vector<Bytef> input_;
  z_stream stream_{};
  bool input_ended_ = false;
  bool finished_ = false;
};

}  // namespace

std::unique_ptr<io::ByteSourceBase> gunzipped(std::unique_ptr<io::ByteSourceBase> source, const std::string& name) {
  return std::make_unique<GzipSource>(std::move(source), name);
}

}  // namespace coopstat::input
