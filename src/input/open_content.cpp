#include "input/open_content.hpp"

#include <fmt/format.h>

#include "coopstat/error.hpp"
#include "input/archive_members.hpp"
#include "input/archive_source.hpp"
#include "input/content_sniff.hpp"
#include "input/gzip_source.hpp"
#include "input/workbook.hpp"

namespace coopstat::input {
namespace {

// Compressions and archives inside one another: a hostile input nested deeper is refused, not unpacked forever.
constexpr int kMostLayers = 4;

// The first bytes of `input`'s text, which is then replayed whole.
std::string peek(OpenedInput& input) {
  std::string head(kSniffBytes, '\0');
  head.resize(static_cast<std::size_t>(read_fully(*input.bytes, head.data(), static_cast<int>(head.size()))));
  input.bytes = std::make_unique<PrefixedSource>(head, std::move(input.bytes));
  return head;
}

void add_container(OpenedInput& input, std::string_view format) {
  input.container += input.container.empty() ? std::string(format) : fmt::format(", {}", format);
}

// `reopen` is the file libarchive can read the current bytes from again (it undoes compressions itself); empty once
// the bytes are an archive's member.
// Hands the workbook `zip` to the workbook reader: the input's text becomes its sheet's, and it is no archive.
void read_sheet(OpenedInput& input, std::string_view zip, const std::string& containers_outside,
                const std::optional<std::string>& sheet) {
  std::optional<WorkbookSheet> read = read_workbook(zip, input.name, sheet);
  if (!read) throw Error(input.name, 0, "a zip that looked like a workbook but is none");
  input.name = fmt::format("{}[{}]", input.name, read->choice.name);
  input.container = containers_outside;
  input.sheet = std::move(read->choice);
  input.bytes = std::make_unique<PrefixedSource>(std::move(read->text), std::move(input.bytes));
}

void unpack(OpenedInput& input, const ArchiveBytes& reopen, const std::optional<std::string>& member,
            const std::optional<std::string>& sheet, int layers) {
  const bool in_member = !input.member.empty();
  const Content content = sniff_content(peek(input));
  if (content == Content::text) {
    if (member) throw Error(input.name, 0, fmt::format("not an archive, so it has no member \"{}\"", *member));
    return;
  }
  if (const std::string why = refusal(content); !why.empty()) throw Error(input.name, 0, why);
  if (layers == kMostLayers)
    throw Error(input.name, 0, fmt::format("compressed or archived more than {} times over", kMostLayers));
  const std::string containers_outside = input.container;
  add_container(input, format_name(content));
  if (compressed(content)) {
    input.bytes = content == Content::gzip
                      ? gunzipped(std::move(input.bytes), input.name)
                      : decompressed_by_libarchive(std::move(input.bytes), input.name, format_name(content));
    unpack(input, reopen, member, sheet, layers + 1);
    return;
  }
  // A member would be held in memory to be listed: a small zip of zips could fill it.
  if (in_member)
    throw Error(input.name, 0, fmt::format("a {} archive inside the archive: extract it first", format_name(content)));
  ArchiveBytes archive = reopen.path.empty() ? held_in_memory(*input.bytes, input.name) : reopen;
  const std::vector<Member> members = list_members(archive, input.name);
  if (!member) {
    const Package package = package_of(members);
    if (package == Package::xlsx || package == Package::ods) {
      // A workbook is read whole: its parts are read in the order its XML names them.
      if (!archive.bytes) archive = held_in_memory(*input.bytes, input.name);
      read_sheet(input, *archive.bytes, containers_outside, sheet);
      return;
    }
    if (const std::string why = package_refusal(package); !why.empty()) throw Error(input.name, 0, why);
  }
  input.bytes.reset();
  MemberChoice choice = choose_member(members, member, input.name);
  input.name = fmt::format("{}:{}", input.name, shown_name(choice.name));
  input.member = choice.name;
  input.note = std::move(choice.note);
  input.bytes = member_bytes(archive, input.member, input.name);
  unpack(input, {}, std::nullopt, sheet, layers + 1);
}

}  // namespace

OpenedInput open_content(std::unique_ptr<io::ByteSourceBase> raw, const std::string& name, const std::string& path,
                         const std::optional<std::string>& member, const std::optional<std::string>& sheet) {
  OpenedInput input{std::move(raw), name, "", "", "", std::nullopt};
  unpack(input, {path, nullptr}, member, sheet, 0);
  if (sheet && !input.sheet)
    throw Error(name, 0, fmt::format("--sheet \"{}\": the input is not a workbook (xlsx or ods)", *sheet),
                ErrorKind::usage);
  return input;
}

}  // namespace coopstat::input
