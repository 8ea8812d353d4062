#pragma once
// The parts of a zip package held in memory (a workbook is one), read with libarchive.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace coopstat::input {

/// A zip package's parts by name. Errors name the package and the part: "data.xlsx: xl/workbook.xml".
class ZipParts {
 public:
  /// Lists the parts of the zip `bytes`, which must outlive this object. A listing that breaks off (a truncated or
  /// corrupt zip) keeps the parts listed so far and its error, for listing_error().
  ZipParts(std::string_view bytes, std::string name);

  [[nodiscard]] const std::vector<std::string>& names() const { return names_; }
  [[nodiscard]] bool has(std::string_view part) const;
  /// Why the listing broke off; empty when it did not.
  [[nodiscard]] const std::string& listing_error() const { return listing_error_; }

  /// Passes the bytes of `part` to `take`, piece by piece. Throws an Error when the part is missing or cannot be
  /// read.
  void read(std::string_view part, const std::function<void(std::string_view)>& take) const;
  /// The whole of `part`.
  [[nodiscard]] std::string read(std::string_view part) const;

 private:
  std::string_view bytes_;
  std::string name_;
  std::vector<std::string> names_;
  std::string listing_error_;
};

}  // namespace coopstat::input
