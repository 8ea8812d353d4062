#pragma once
// Interns names (partners, fields, types) into dense 32-bit codes, so each string is stored once.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
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
  [[nodiscard]] const Code* find(std::string_view name) const;
  /// The name behind `code`.
  [[nodiscard]] const std::string& name(Code code) const { return *names_[code]; }
  [[nodiscard]] std::size_t size() const { return names_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A deque keeps each string's address stable, so the map's views and names_ stay valid.
  std::deque<std::string> storage_;
  std::vector<const std::string*> names_;
  std::unordered_map<std::string_view, Code, Hash, std::equal_to<>> codes_;
};

}  // namespace coopstat
