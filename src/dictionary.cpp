#include "coopstat/dictionary.hpp"

#include "coopstat/error.hpp"
#include "dictionary_hashing.hpp"

namespace coopstat {

namespace {

constexpr std::size_t kFirstSlots = 16;

}  // namespace

Dictionary::Code Dictionary::intern(std::string_view name) {
  return *DictionaryHashing::intern_if(*this, name, [](std::string_view) { return true; });
}

std::optional<Dictionary::Code> Dictionary::find(std::string_view name) const {
  return DictionaryHashing::find(*this, name);
}

std::vector<Dictionary::Code> Dictionary::intern_all(const Dictionary& other) {
  std::vector<Code> codes;
  codes.reserve(other.size());
  for (const std::string_view name : other.views_) codes.push_back(intern(name));
  return codes;
}

Dictionary::Code DictionaryHashing::add(Dictionary& names, std::string_view name, std::uint64_t hash) {
  if (names.views_.size() >= Dictionary::kNoCode) throw Error("more than 4,294,967,295 distinct names in one column");
  // At most half full keeps probe runs short.
  if ((names.views_.size() + 1) * 2 > names.slots_.size()) grow(names);
  const auto code = static_cast<Code>(names.views_.size());
  names.views_.push_back(names.storage_.emplace_back(name));
  place(names, hash, code);
  return code;
}

void DictionaryHashing::place(Dictionary& names, std::uint64_t hash, Code code) {
  const std::size_t mask = names.slots_.size() - 1;
  std::size_t at = hash & mask;
  while (names.slots_[at].code != Dictionary::kNoCode) at = (at + 1) & mask;
  names.slots_[at] = {static_cast<std::uint32_t>(hash >> 32), code};
}

void DictionaryHashing::grow(Dictionary& names) {
  names.slots_.assign(names.slots_.empty() ? kFirstSlots : names.slots_.size() * 2, Dictionary::Slot{});
  for (Code code = 0; code < names.views_.size(); ++code) place(names, hash_of(names.views_[code]), code);
}

}  // namespace coopstat
