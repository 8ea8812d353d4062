# Writes OUTPUT: a C++ source defining `std::string_view coopstat::NAME` that holds the bytes of the text
# file INPUT, so that reference data ships inside the binary and an installed coopstat needs no data path.
#   cmake -DINPUT=data/countries.tsv -DOUTPUT=country_data.cpp -DNAME=kCountryTableText -P embed_text.cmake
file(READ "${INPUT}" text)
set(delimiter "embedded_text")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter \")${delimiter}\"\"")
endif()
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT} by cmake/embed_text.cmake: do not edit.\n"
  "#include <string_view>\n"
  "namespace coopstat {\n"
  "extern const std::string_view ${NAME};\n"
  "const std::string_view ${NAME} = R\"${delimiter}(${text})${delimiter}\";\n"
  "}  // namespace coopstat\n")
