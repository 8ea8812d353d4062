#include "input/archive_members.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "coopstat/error.hpp"
#include "input/content_sniff.hpp"
#include "text.hpp"

namespace coopstat::input {
namespace {

// Members of a table's kind, preferred to mere text files: a README.txt beside data.csv is no second table.
constexpr std::array<std::string_view, 4> kTableExtensions{"csv", "tsv", "tab", "psv"};
constexpr std::array<std::string_view, 3> kTextExtensions{"txt", "dat", ""};
// How many members an error lists.
constexpr std::size_t kMembersListed = 10;

std::string_view base_name(std::string_view name) {
  const std::size_t slash = name.rfind('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

std::string extension(std::string_view name) {
  const std::string_view base = base_name(name);
  const std::size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string lower(base.substr(dot + 1));
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(),
                    [](unsigned char a, unsigned char b) { return std::tolower(a) == std::tolower(b); });
}

// Files an archiver adds beside the data: macOS resource forks and hidden files.
bool archiver_litter(const Member& member) {
  return member.name.starts_with("__MACOSX/") || base_name(member.name).starts_with('.');
}

bool looks_like_text(const Member& member) {
  return sniff_content(member.head) == Content::text && member.head.find('\0') == std::string::npos;
}

template <std::size_t N>
std::vector<const Member*> data_files(const std::vector<Member>& members,
                                      const std::array<std::string_view, N>& extensions) {
  std::vector<const Member*> found;
  for (const Member& member : members)
    if (member.regular && !archiver_litter(member) && looks_like_text(member) &&
        std::find(extensions.begin(), extensions.end(), extension(member.name)) != extensions.end())
      found.push_back(&member);
  return found;
}

// "a.csv, b.csv" or, past kMembersListed, "a.csv, …, j.csv and 5 more".
template <class Names>
std::string listed(const Names& names) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < std::min(names.size(), kMembersListed); ++i) shown.push_back(shown_name(names[i]));
  std::string text = fmt::format("{}", fmt::join(shown, ", "));
  if (names.size() > kMembersListed) text += fmt::format(" and {} more", names.size() - kMembersListed);
  return text;
}

std::vector<std::string> file_names(const std::vector<Member>& members) {
  std::vector<std::string> names;
  for (const Member& member : members)
    if (member.regular) names.push_back(member.name);
  return names;
}

std::vector<std::string> names_of(const std::vector<const Member*>& members) {
  std::vector<std::string> names;
  for (const Member* member : members) names.push_back(member->name);
  return names;
}

}  // namespace

std::string shown_name(std::string_view name) {
  std::string shown;
  for (const char c : escape_invalid_utf8(name)) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      shown += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    else
      shown += c;
  }
  return shown;
}

Package package_of(const std::vector<Member>& members) {
  for (const Member& member : members) {
    if (member.name == "xl/workbook.xml") return Package::xlsx;
    if (member.name == "word/document.xml") return Package::docx;
    if (member.name == "ppt/presentation.xml") return Package::pptx;
    if (member.name == "mimetype" && member.head.starts_with("application/vnd.oasis.opendocument."))
      return member.head.starts_with("application/vnd.oasis.opendocument.spreadsheet") ? Package::ods
                                                                                       : Package::opendocument;
  }
  return Package::none;
}

std::string package_refusal(Package package) {
  switch (package) {
    case Package::docx: return "a Word document, not a table: save its table as CSV";
    case Package::pptx: return "a PowerPoint presentation, not a table: save its table as CSV";
    case Package::opendocument: return "an OpenDocument text or presentation, not a table: save its table as CSV";
    case Package::none:
    case Package::xlsx:
    case Package::ods: return "";
  }
  return "";
}

MemberChoice choose_member(const std::vector<Member>& members, const std::optional<std::string>& named,
                           const std::string& archive) {
  if (named) {
    const bool found = std::any_of(members.begin(), members.end(),
                                   [&](const Member& member) { return member.regular && member.name == *named; });
    if (!found) {
      const std::vector<std::string> names = file_names(members);
      throw Error(archive, 0,
                  names.empty() ? fmt::format("no member \"{}\": the archive holds no file", *named)
                                : fmt::format("no member \"{}\"; its members: {}", *named, listed(names)));
    }
    return {*named, ""};
  }
  std::vector<const Member*> candidates = data_files(members, kTableExtensions);
  if (candidates.empty()) candidates = data_files(members, kTextExtensions);
  if (candidates.empty()) {
    const std::vector<std::string> names = file_names(members);
    throw Error(archive, 0,
                names.empty() ? std::string("the archive holds no file")
                              : fmt::format("no table in the archive (no .csv, .tsv or .txt file of text); its "
                                            "members: {}",
                                            listed(names)));
  }
  if (candidates.size() == 1)
    return {candidates[0]->name,
            fmt::format("read member {}, the only table in {}", shown_name(candidates[0]->name), archive)};
  // A World Bank download: API_….csv holds the data, Metadata_….csv files describe its countries and indicators.
  std::vector<const Member*> data;
  std::vector<const Member*> metadata;
  for (const Member* candidate : candidates)
    (starts_with_folded(base_name(candidate->name), "Metadata_") ? metadata : data).push_back(candidate);
  if (data.size() == 1 && !metadata.empty())
    return {data[0]->name,
            fmt::format("read member {}, the data of a World Bank download ({}: its metadata; name another member "
                        "as {}:MEMBER)",
                        shown_name(data[0]->name), listed(names_of(metadata)), archive)};
  throw Error(archive, 0,
              fmt::format("the archive holds several tables: {}; name one as {}:{}", listed(names_of(candidates)),
                          archive, shown_name(candidates[0]->name)));
}

}  // namespace coopstat::input
