#include "coopstat/output.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "coopstat/error.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using coopstat::testing::ScratchFolder;

namespace {

std::string contents(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("output: writes the file and leaves no temporary behind") {
  ScratchFolder folder;
  const std::string target = (folder.path / "out.csv").string();
  coopstat::write_file_atomically(target, "a,b\n1,2\n", {});
  CHECK(contents(target) == "a,b\n1,2\n");
  coopstat::write_file_atomically(target, "replaced\n", {});
  CHECK(contents(target) == "replaced\n");
  CHECK(folder.entries() == std::vector<std::string>{"out.csv"});
}

TEST_CASE("output: refuses to overwrite an input, whatever the path spelling") {
  ScratchFolder folder;
  const fs::path input = folder.path / "in.csv";
  std::ofstream(input) << "partner,year\n";
  const std::string other_spelling = (folder.path / "." / "in.csv").string();
  CHECK_THROWS_AS(coopstat::write_file_atomically(other_spelling, "x", {input.string()}), coopstat::Error);
  CHECK(contents(input) == "partner,year\n");
}

TEST_CASE("output: a folder that does not exist is an error naming the file") {
  try {
    coopstat::write_file_atomically("/nonexistent-folder/out.csv", "x", {});
    FAIL("expected an error");
  } catch (const coopstat::Error& error) {
    CHECK(error.located_message() == "/nonexistent-folder/out.csv: cannot write: No such file or directory");
  }
}
