#include "coopstat/dictionary.hpp"

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

std::vector<Dictionary::Code> Dictionary::intern_all(const Dictionary& other) {
  std::vector<Code> codes;
  codes.reserve(other.size());
  for (const std::string* name : other.names_) codes.push_back(intern(*name));
  return codes;
}

const Dictionary::Code* Dictionary::find(std::string_view name) const {
  const auto it = codes_.find(name);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace coopstat
