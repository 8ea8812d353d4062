#include "country_key.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <utility>

#include "text.hpp"

namespace coopstat {
namespace {

// Case-folded, compatibility-mapped, without combining marks; ASCII-lowered bytes if `name` is not UTF-8.
std::string folded(std::string_view name) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()), static_cast<utf8proc_ssize_t>(name.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                     UTF8PROC_IGNORE));
  if (length < 0) return ascii_lower(name);
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return {reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length)};
}

// "korea, republic of" → "republic of korea"; "bolivia (plurinational state of)" → "plurinational state of bolivia".
// Only a single comma, or a bracket that ends the name, marks an inverted form.
std::string turned_round(std::string text) {
  const auto trimmed = trim_blanks(text);
  if (!trimmed.empty() && trimmed.back() == ')') {
    const auto open = trimmed.rfind('(');
    if (open != std::string_view::npos && open > 0)
      return std::string(trimmed.substr(open + 1, trimmed.size() - open - 2)) + ' ' +
             std::string(trimmed.substr(0, open));
  }
  const auto comma = text.find(',');
  if (comma != std::string::npos && text.find(',', comma + 1) == std::string::npos)
    return text.substr(comma + 1) + ' ' + text.substr(0, comma);
  return text;
}

bool is_word_character(utf8proc_int32_t code_point) {
  switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_MC:  // spacing marks carry meaning in scripts such as Devanagari
      return true;
    default: return false;
  }
}

// A word as it enters the key: abbreviations spelled out, words that do not tell countries apart dropped ("").
std::string_view key_word(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kWords{{
      {"the", ""},
      {"of", ""},
      {"and", ""},
      {"st", "saint"},
      {"ste", "sainte"},
      {"rep", "republic"},
      {"dem", "democratic"},
      {"fed", "federated"},
      {"sts", "states"},
  }};
  for (const auto& [written, meant] : kWords)
    if (word == written) return meant;
  return word;
}

}  // namespace

std::string country_name_key(std::string_view name) {
  const std::string text = turned_round(folded(name));
  std::string key;
  std::string word;
  const auto end_word = [&] {
    const std::string_view meant = key_word(word);
    if (!meant.empty()) {
      if (!key.empty()) key += ' ';
      key += meant;
    }
    word.clear();
  };
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code_point);
    if (used <= 0) {  // only the ASCII-lowered fallback can hold invalid bytes: keep them as they are
      word += static_cast<char>(*bytes);
      ++bytes;
      --left;
      continue;
    }
    if (is_word_character(code_point)) {
      word.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(used));
    } else {
      end_word();
    }
    bytes += used;
    left -= used;
  }
  end_word();
  return key;
}

}  // namespace coopstat
