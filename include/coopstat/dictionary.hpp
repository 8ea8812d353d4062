#pragma once
// Interns names (partners, fields, types) into dense 32-bit codes, so each string is stored once.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  Code intern(std::string_view name);
  /// Interns every name of `other` in its code order; returns their codes here, indexed by their codes there.
  std::vector<Code> intern_all(const Dictionary& other);
  /// The code of `name` if present.
  [[nodiscard]] std::optional<Code> find(std::string_view name) const;
  /// The name behind `code`.
  [[nodiscard]] const std::string& name(Code code) const { return storage_[code]; }
  [[nodiscard]] std::size_t size() const { return views_.size(); }

 private:
  // How names are hashed and probed is kept beside the sources, in src/dictionary_hashing.hpp.
  friend class DictionaryHashing;
  struct Slot {
    std::uint32_t tag = 0;
    Code code = kNoCode;
  };
  static constexpr Code kNoCode = UINT32_MAX;

  // A deque keeps each string's address stable, so name() references and views_ stay valid.
  std::deque<std::string> storage_;
  std::vector<std::string_view> views_;  // by code: the stored names, compared without reaching into storage_
  std::vector<Slot> slots_;
};

}  // namespace coopstat
