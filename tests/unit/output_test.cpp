#include "coopstat/output.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

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
  coopstat::write_output_file(target, "a,b\n1,2\n", {});
  CHECK(contents(target) == "a,b\n1,2\n");
  coopstat::write_output_file(target, "replaced\n", {});
  CHECK(contents(target) == "replaced\n");
  CHECK(folder.entries() == std::vector<std::string>{"out.csv"});
}

TEST_CASE("output: refuses to overwrite an input, whatever the path spelling") {
  ScratchFolder folder;
  const fs::path input = folder.path / "in.csv";
  std::ofstream(input) << "partner,year\n";
  const std::string other_spelling = (folder.path / "." / "in.csv").string();
  CHECK_THROWS_AS(coopstat::write_output_file(other_spelling, "x", {input.string()}), coopstat::Error);
  CHECK(contents(input) == "partner,year\n");
}

TEST_CASE("output: a folder that does not exist is an error naming the file") {
  try {
    coopstat::write_output_file("/nonexistent-folder/out.csv", "x", {});
    FAIL("expected an error");
  } catch (const coopstat::Error& error) {
    CHECK(error.located_message() == "/nonexistent-folder/out.csv: cannot write: No such file or directory");
  }
}

TEST_CASE("output: writes through a symbolic link and keeps the link") {
  ScratchFolder folder;
  fs::create_directory(folder.path / "real");
  const fs::path target = folder.path / "real" / "out.csv";
  std::ofstream(target) << "old\n";
  fs::create_symlink(target, folder.path / "absolute");
  fs::create_symlink(fs::path("real") / "out.csv", folder.path / "relative");

  coopstat::write_output_file((folder.path / "absolute").string(), "through absolute\n", {});
  CHECK(fs::is_symlink(folder.path / "absolute"));
  CHECK(contents(target) == "through absolute\n");

  coopstat::write_output_file((folder.path / "relative").string(), "through relative\n", {});
  CHECK(fs::is_symlink(folder.path / "relative"));
  CHECK(contents(target) == "through relative\n");
  CHECK(folder.entries().size() == 3);
  CHECK(std::distance(fs::directory_iterator(folder.path / "real"), fs::directory_iterator()) == 1);
}

TEST_CASE("output: a dangling link creates its target in the target's folder") {
  ScratchFolder folder;
  fs::create_directory(folder.path / "real");
  fs::create_symlink(fs::path("real") / "new.csv", folder.path / "link");
  coopstat::write_output_file((folder.path / "link").string(), "created\n", {});
  CHECK(fs::is_symlink(folder.path / "link"));
  CHECK(contents(folder.path / "real" / "new.csv") == "created\n");
}

TEST_CASE("output: keeps the mode of the file it replaces") {
  ScratchFolder folder;
  const std::string target = folder.write("out.csv", "old\n");
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  coopstat::write_output_file(target, "new\n", {});
  CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("output: refuses a link to an input") {
  ScratchFolder folder;
  const std::string input = folder.write("in.csv", "partner,year\n");
  fs::create_symlink(input, folder.path / "link");
  CHECK_THROWS_AS(coopstat::write_output_file((folder.path / "link").string(), "x", {input}), coopstat::Error);
  CHECK(contents(input) == "partner,year\n");
  CHECK(fs::is_symlink(folder.path / "link"));
}

TEST_CASE("output: refuses a folder, and leaves it as it was") {
  ScratchFolder folder;
  fs::create_directory(folder.path / "sub");
  try {
    coopstat::write_output_file((folder.path / "sub").string(), "x", {});
    FAIL("expected an error");
  } catch (const coopstat::Error& error) {
    CHECK(error.kind() == coopstat::ErrorKind::data);
    CHECK(std::string(error.what()) == "is a folder; -o needs a file name");
  }
  CHECK(fs::is_directory(folder.path / "sub"));
  CHECK(folder.entries() == std::vector<std::string>{"sub"});
}

TEST_CASE("output: writes into a FIFO, which stays a FIFO") {
  ScratchFolder folder;
  const fs::path fifo = folder.path / "fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // The reader opens the FIFO first, so a wrong writer that replaced it would not block the test forever:
  // opening for reading with O_NONBLOCK returns at once.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  coopstat::write_output_file(fifo.string(), "into the fifo\n", {});
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0) == "into the fifo\n");
  CHECK(fs::is_fifo(fifo));
  CHECK(folder.entries() == std::vector<std::string>{"fifo"});
}

TEST_CASE("output: writes into a character device through a link, which both stay") {
  ScratchFolder folder;
  // A null device of our own (the major and minor numbers of /dev/null) in the scratch folder: were the device
  // replaced by mistake, the real /dev/null would be untouched.
  const fs::path device = folder.path / "null";
  const bool made = ::mknod(device.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) == 0;
  const int usable = made ? ::open(device.c_str(), O_WRONLY) : -1;  // a folder mounted nodev refuses devices
  if (usable < 0) {
    MESSAGE("skipped: cannot make and open a device node here (not root, or nodev)");
    return;
  }
  ::close(usable);
  fs::create_symlink(device, folder.path / "link");
  coopstat::write_output_file((folder.path / "link").string(), "into the device\n", {});
  CHECK(fs::is_symlink(folder.path / "link"));
  CHECK(fs::is_character_file(fs::symlink_status(device)));
  CHECK(folder.entries().size() == 2);
}
