#include "commands/parsed_option.hpp"

#include <doctest/doctest.h>

#include <array>
#include <optional>

#include "coopstat/error.hpp"
#include "coopstat/query.hpp"

using namespace coopstat;

namespace {

enum class Fruit { apple, pear };

constexpr std::array<Choice<Fruit>, 2> kFruits{{
    {"apple", "round and red", Fruit::apple},
    {"pear", "long and green", Fruit::pear},
}};

}  // namespace

TEST_CASE("parsed options: a choice becomes its value while the command line is read") {
  CLI::App app;
  Fruit fruit = Fruit::apple;
  CLI::Option* option = add_choice_option(app, "--fruit", fruit, kFruits, "fruit", "which fruit:");
  CHECK(option->get_default_str() == "apple");
  CHECK(option->get_description() == "which fruit:\n  apple  round and red\n  pear   long and green");
  app.parse("--fruit pear", false);
  CHECK(fruit == Fruit::pear);
}

TEST_CASE("parsed options: an unknown name is a usage error naming the option, with did you mean, thrown by parse") {
  CLI::App app;
  std::optional<Fruit> fruit;
  CLI::Option* option = add_choice_option(app, "--fruit", fruit, kFruits, "fruit", "which fruit:");
  CHECK(option->get_default_str().empty());  // no entry stands for "not given"
  try {
    app.parse("--fruit paer", false);
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == "--fruit: unknown fruit \"paer\" (fruits: apple, pear); did you mean \"pear\"?");
  }
  CHECK_FALSE(fruit.has_value());
}

TEST_CASE("parsed options: a list is parsed whole, comma-separated or repeated") {
  CLI::App app;
  std::vector<Key> keys;
  add_parsed_list_option(
      app, "--by", keys,
      [](const std::vector<std::string>& names) {
        std::vector<Key> parsed;
        for (const std::string& name : names) parsed.push_back(parse_key(name));
        return parsed;
      },
      "keys");
  app.parse("--by partner,year --by field", false);
  CHECK(keys == std::vector<Key>{Key::partner, Key::year, Key::field});
}

TEST_CASE("parsed options: an option not given keeps its value") {
  CLI::App app;
  Fruit fruit = Fruit::pear;
  add_choice_option(app, "--fruit", fruit, kFruits, "fruit", "which fruit:");
  app.parse("", false);
  CHECK(fruit == Fruit::pear);
}

TEST_CASE("parsed options: an error names the option once, by its long name") {
  CLI::App app;
  int number = 0;
  const auto parse = [](std::string_view text) -> int {
    if (text == "twice") throw usage_error("--number twice: already named");
    if (text == "data") throw Error("not a usage error");
    throw usage_error("not a number");
  };
  add_parsed_option(app, "-n,--number", number, parse, "a number");
  const auto message_of = [&app](const std::string& arguments) {
    try {
      app.parse(arguments, false);
    } catch (const Error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  CHECK(message_of("-n x") == "--number: not a number");
  CHECK(message_of("--number twice") == "--number twice: already named");
  CHECK(message_of("--number data") == "not a usage error");
  CHECK(option_name("-n,--number") == "--number");
  CHECK(option_name("--by") == "--by");
}
