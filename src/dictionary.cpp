#include "coopstat/dictionary.hpp"

#include <algorithm>
#include <numeric>

#include "coopstat/error.hpp"

namespace coopstat {

Dictionary::Code Dictionary::intern(std::string_view name) {
  if (const auto it = codes_.find(name); it != codes_.end()) return it->second;
  if (names_.size() >= UINT32_MAX) throw Error("more than 4,294,967,295 distinct names in one column");
  const std::string& stored = storage_.emplace_back(name);
  const auto code = static_cast<Code>(names_.size());
  names_.push_back(&stored);
  codes_.emplace(stored, code);
  return code;
}

const Dictionary::Code* Dictionary::find(std::string_view name) const {
  const auto it = codes_.find(name);
  return it == codes_.end() ? nullptr : &it->second;
}

std::vector<Dictionary::Code> Dictionary::codes_by_name() const {
  std::vector<Code> codes(names_.size());
  std::iota(codes.begin(), codes.end(), Code{0});
  std::sort(codes.begin(), codes.end(), [this](Code a, Code b) { return *names_[a] < *names_[b]; });
  return codes;
}

}  // namespace coopstat
