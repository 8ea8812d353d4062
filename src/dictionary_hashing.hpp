#pragma once
// How a Dictionary finds and adds names, kept out of the public header: the loader interns every cell through
// intern_if, inlined where it is called.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include "coopstat/dictionary.hpp"
#include "hash.hpp"

namespace coopstat {

/// An open-addressing table: power-of-two slots, linear probing, at most half full. A slot keeps the high half of
/// its name's hash, so most mismatches are rejected without touching the name.
class DictionaryHashing {
 public:
  using Code = Dictionary::Code;

  /// The code of `name` in `names`; a new name is added only if `admit(name)` holds, and is empty otherwise.
  template <class Admit>
  static std::optional<Code> intern_if(Dictionary& names, std::string_view name, Admit&& admit) {
    const std::uint64_t hash = hash_of(name);
    if (!names.slots_.empty())
      if (const Code code = names.slots_[slot_of(names, name, hash)].code; code != Dictionary::kNoCode) return code;
    if (!admit(name)) return std::nullopt;
    return add(names, name, hash);
  }
  /// The code of `name` in `names` if present.
  static std::optional<Code> find(const Dictionary& names, std::string_view name) {
    if (names.slots_.empty()) return std::nullopt;
    const Code code = names.slots_[slot_of(names, name, hash_of(name))].code;
    return code == Dictionary::kNoCode ? std::nullopt : std::optional(code);
  }

 private:
  // Names are short ("France", "signed"), so the hash reads 8 bytes at a time, ending with the last 8 bytes
  // (overlapping the loop's) rather than a byte loop.
  static std::uint64_t hash_of(std::string_view name) {
    const char* bytes = name.data();
    std::size_t left = name.size();
    std::uint64_t hash = mix_hash(name.size() + 1);
    for (; left > 8; left -= 8, bytes += 8) hash = combine_hash(hash, load<std::uint64_t>(bytes));
    std::uint64_t last = 0;
    if (name.size() >= 8)
      last = load<std::uint64_t>(bytes + left - 8);
    else if (left >= 4)
      last = std::uint64_t{load<std::uint32_t>(bytes)} << 32 | load<std::uint32_t>(bytes + left - 4);
    else if (left > 0)
      last = std::uint64_t{static_cast<unsigned char>(bytes[0])} << 16 |
             std::uint64_t{static_cast<unsigned char>(bytes[left / 2])} << 8 |
             static_cast<unsigned char>(bytes[left - 1]);
    return mix_hash(combine_hash(hash, last));
  }
  template <class Word>
  static Word load(const char* bytes) {
    Word word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
  }

  // The slot holding `name`, or the empty slot where it would go.
  static std::size_t slot_of(const Dictionary& names, std::string_view name, std::uint64_t hash) {
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::size_t mask = names.slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Dictionary::Slot& slot = names.slots_[at];
      if (slot.code == Dictionary::kNoCode || (slot.tag == tag && names.views_[slot.code] == name)) return at;
    }
  }
  static Code add(Dictionary& names, std::string_view name, std::uint64_t hash);
  // Puts `code` in the first empty slot of its probe run: for names known to be absent.
  static void place(Dictionary& names, std::uint64_t hash, Code code);
  static void grow(Dictionary& names);
};

}  // namespace coopstat
