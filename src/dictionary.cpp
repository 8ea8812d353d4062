#include "coopstat/dictionary.hpp"

#include "coopstat/error.hpp"

namespace coopstat {

namespace {

constexpr std::size_t kFirstSlots = 16;

}  // namespace

Dictionary::Code Dictionary::add(std::string_view name, std::uint64_t hash) {
  if (views_.size() >= kNoCode) throw Error("more than 4,294,967,295 distinct names in one column");
  // At most half full keeps probe runs short.
  if ((views_.size() + 1) * 2 > slots_.size()) grow();
  const auto code = static_cast<Code>(views_.size());
  views_.push_back(storage_.emplace_back(name));
  place(hash, code);
  return code;
}

void Dictionary::place(std::uint64_t hash, Code code) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  while (slots_[at].code != kNoCode) at = (at + 1) & mask;
  slots_[at] = {static_cast<std::uint32_t>(hash >> 32), code};
}

void Dictionary::grow() {
  slots_.assign(slots_.empty() ? kFirstSlots : slots_.size() * 2, Slot{});
  for (Code code = 0; code < views_.size(); ++code) place(hash_of(views_[code]), code);
}

std::vector<Dictionary::Code> Dictionary::intern_all(const Dictionary& other) {
  std::vector<Code> codes;
  codes.reserve(other.size());
  for (const std::string_view name : other.views_) codes.push_back(intern(name));
  return codes;
}

}  // namespace coopstat
