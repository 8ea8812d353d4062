#include "input/xml_stream.hpp"

#include <expat.h>
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cstring>

#include "coopstat/error.hpp"
#include "input/workbook_error.hpp"

namespace coopstat::input {
namespace {

struct Callbacks {
  XmlHandler* handler;
  std::exception_ptr* failure;
  XML_Parser parser;
};

// Exceptions must not unwind through expat's C frames: each is kept and expat told to stop.
template <class Call>
void guarded(void* data, Call call) {
  auto* callbacks = static_cast<Callbacks*>(data);
  try {
    call(*callbacks->handler);
  } catch (...) {
    *callbacks->failure = std::current_exception();
    XML_StopParser(callbacks->parser, XML_FALSE);
  }
}

}  // namespace

std::string_view local_name(std::string_view name) {
  const std::size_t bar = name.rfind('|');
  return bar == std::string_view::npos ? name : name.substr(bar + 1);
}

const char* attribute(const char** attributes, std::string_view name) {
  for (; attributes[0] != nullptr; attributes += 2)
    if (name == attributes[0]) return attributes[1];
  return nullptr;
}

XmlStream::XmlStream(XmlHandler& handler, std::string place)
    : parser_(XML_ParserCreateNS(nullptr, '|')), handler_(handler), place_(std::move(place)) {
  if (parser_ == nullptr) throw Error(place_, 0, "cannot start the XML parser");
}

XmlStream::~XmlStream() { XML_ParserFree(static_cast<XML_Parser>(parser_)); }

void XmlStream::feed(std::string_view piece) { parse(piece, false); }

void XmlStream::finish() { parse({}, true); }

void XmlStream::parse(std::string_view piece, bool last) {
  auto parser = static_cast<XML_Parser>(parser_);
  Callbacks callbacks{&handler_, &failure_, parser};
  XML_SetUserData(parser, &callbacks);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char** attributes) {
        guarded(data, [&](XmlHandler& handler) { handler.start(name, attributes); });
      },
      [](void* data, const XML_Char* name) { guarded(data, [&](XmlHandler& handler) { handler.end(name); }); });
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* text, int length) {
    guarded(data, [&](XmlHandler& handler) { handler.text(std::string_view(text, static_cast<std::size_t>(length))); });
  });
  do {
    const std::size_t size = std::min<std::size_t>(piece.size(), INT_MAX);
    const XML_Status status = XML_Parse(parser, piece.data(), static_cast<int>(size), last && size == piece.size());
    if (failure_) std::rethrow_exception(failure_);
    if (status != XML_STATUS_OK)
      throw corrupt_workbook(place_,
                             fmt::format("not well-formed XML at line {} ({})", XML_GetCurrentLineNumber(parser),
                                         XML_ErrorString(XML_GetErrorCode(parser))));
    piece.remove_prefix(size);
  } while (!piece.empty());
}

void parse_xml(std::string_view document, XmlHandler& handler, const std::string& place) {
  XmlStream stream(handler, place);
  stream.feed(document);
  stream.finish();
}

}  // namespace coopstat::input
