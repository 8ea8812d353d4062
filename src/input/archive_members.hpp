#pragma once
// Which member of an archive is the table: the one named as FILE.zip:MEMBER (source_name.hpp), else the only data file
// (the data file of a World Bank download, beside its metadata files); and what a zip that is no archive of tables is
// (a workbook, a Word document).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat::input {

/// A member's name as messages write it: its bytes come from the archive, so control characters and bytes that are
/// not UTF-8 are written `\xNN`, and a message stays one line.
std::string shown_name(std::string_view name);

/// One entry of an archive, as listed.
struct Member {
  std::string name;
  bool regular = true;  ///< a file, not a folder or a link
  std::string head;     ///< its first bytes (up to kSniffBytes), to tell text and what a zip is
};

/// What a zip holding these members is, when it is not an archive of tables.
enum class Package { none, xlsx, ods, docx, pptx, opendocument };

/// What the members of a zip say it is (an .xlsx has xl/workbook.xml, an ODF file a `mimetype` member first).
Package package_of(const std::vector<Member>& members);

/// The error message for a package that is no table (a Word document…); empty for none and for workbooks.
std::string package_refusal(Package package);

/// The member to read, and the note that tells the user which one was picked when none was named.
struct MemberChoice {
  std::string name;  ///< as the archive spells it
  std::string note;  ///< empty when the member was named
};

/// The member of `archive` (its name in messages) to read: `named` when given (an Error listing the members when
/// there is none such), else the one data file (a .csv/.tsv/.txt… of text), or the data file of a World Bank
/// download beside its Metadata_ files. No data file or several are Errors naming the members.
MemberChoice choose_member(const std::vector<Member>& members, const std::optional<std::string>& named,
                           const std::string& archive);

}  // namespace coopstat::input
