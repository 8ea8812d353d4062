#pragma once
// A streaming XML parser (expat) for a workbook's parts: a sheet's XML is read piece by piece, never whole.

#include <exception>
#include <string>
#include <string_view>

namespace coopstat::input {

/// Element and attribute names come as "NAMESPACE-URI|local-name", or the bare name when they have no namespace.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  /// An element starts; `attributes` is expat's null-ended list of name, value, name, value…
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  /// Character data inside the current element, possibly in several pieces.
  virtual void text(std::string_view) {}
};

/// The local part of a name ("table-cell" of "urn:…:table:1.0|table-cell").
std::string_view local_name(std::string_view name);

/// The value of the attribute named `name` (with its namespace, as XmlHandler gets names), or nothing.
const char* attribute(const char** attributes, std::string_view name);

/// Parses one XML document fed in pieces, calling a handler. A document that is not well-formed, or an exception
/// from the handler, is thrown from feed() or finish(); errors name `place` ("data.xlsx: xl/workbook.xml").
class XmlStream {
 public:
  XmlStream(XmlHandler& handler, std::string place);
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;
  ~XmlStream();

  void feed(std::string_view piece);
  /// Ends the document: a truncated one is an error.
  void finish();

 private:
  void parse(std::string_view piece, bool last);

  void* parser_;
  XmlHandler& handler_;
  std::string place_;
  std::exception_ptr failure_;  ///< an exception from the handler, kept until expat has stopped
};

/// Parses the whole `document` with `handler`.
void parse_xml(std::string_view document, XmlHandler& handler, const std::string& place);

}  // namespace coopstat::input
