#pragma once
// Interns names (partners, fields, types) into dense 32-bit codes, so each string is stored once.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/hash.hpp"

namespace coopstat {

/// Maps each distinct name to a code 0, 1, 2… in order of first appearance.
class Dictionary {
 public:
  using Code = std::uint32_t;

  Dictionary() = default;
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;
  Dictionary(Dictionary&&) = default;
  Dictionary& operator=(Dictionary&&) = default;

  /// The code of `name`, adding it if new.
  Code intern(std::string_view name) {
    return *intern_if(name, [](std::string_view) { return true; });
  }
  /// The code of `name`; a new name is added only if `admit(name)` holds, and is empty otherwise.
  template <class Admit>
  std::optional<Code> intern_if(std::string_view name, Admit&& admit) {
    const std::uint64_t hash = hash_of(name);
    if (!slots_.empty())
      if (const Code code = slots_[slot_of(name, hash)].code; code != kNoCode) return code;
    if (!admit(name)) return std::nullopt;
    return add(name, hash);
  }
  /// Interns every name of `other` in its code order; returns their codes here, indexed by their codes there.
  std::vector<Code> intern_all(const Dictionary& other);
  /// The code of `name` if present.
  [[nodiscard]] std::optional<Code> find(std::string_view name) const {
    if (slots_.empty()) return std::nullopt;
    const Code code = slots_[slot_of(name, hash_of(name))].code;
    return code == kNoCode ? std::nullopt : std::optional(code);
  }
  /// The name behind `code`.
  [[nodiscard]] const std::string& name(Code code) const { return storage_[code]; }
  [[nodiscard]] std::size_t size() const { return views_.size(); }

 private:
  // An open-addressing table: power-of-two slots, linear probing, at most half full. A slot keeps the high half
  // of its name's hash, so most mismatches are rejected without touching the name.
  struct Slot {
    std::uint32_t tag = 0;
    Code code = kNoCode;
  };
  static constexpr Code kNoCode = UINT32_MAX;

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
  [[nodiscard]] std::size_t slot_of(std::string_view name, std::uint64_t hash) const {
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.code == kNoCode || (slot.tag == tag && views_[slot.code] == name)) return at;
    }
  }
  Code add(std::string_view name, std::uint64_t hash);
  // Puts `code` in the first empty slot of its probe run: for names known to be absent.
  void place(std::uint64_t hash, Code code);
  void grow();

  // A deque keeps each string's address stable, so name() references and views_ stay valid.
  std::deque<std::string> storage_;
  std::vector<std::string_view> views_;  // by code: the stored names, compared without reaching into storage_
  std::vector<Slot> slots_;
};

}  // namespace coopstat
