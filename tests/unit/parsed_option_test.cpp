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

TEST_CASE("parsed options: an unknown name is a usage error with did you mean, thrown by parse") {
  CLI::App app;
  std::optional<Fruit> fruit;
  CLI::Option* option = add_choice_option(app, "--fruit", fruit, kFruits, "fruit", "which fruit:");
  CHECK(option->get_default_str().empty());  // no entry stands for "not given"
  try {
    app.parse("--fruit paer", false);
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == "unknown fruit \"paer\" (fruits: apple, pear); did you mean \"pear\"?");
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
