#include "input/assumptions.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "coopstat/loader.hpp"
#include "test_support.hpp"

using coopstat::Assumption;
using coopstat::LoadOptions;

namespace {

std::vector<Assumption> guesses(const std::string& csv, const LoadOptions& options = {}) {
  return coopstat::testing::load_with_report(csv, options).report.files.at(0).assumptions;
}

std::vector<std::string> messages(const std::vector<Assumption>& found) {
  std::vector<std::string> out;
  for (const Assumption& guess : found) out.push_back(guess.message);
  return out;
}

}  // namespace

TEST_CASE("assumptions: no count column names the one column of numbers, if there is one") {
  const auto one = guesses("partner,year,total,note\nFrance,2020,3,a\nJapan,2021,NA,b\nPeru,2021,4.5,c\n");
  REQUIRE(one.size() == 1);
  CHECK(one[0].message ==
        "no count column: each row counts as 1; name one with --count-col (did you mean --count-col total?)");
  CHECK(one[0].doubtful);
  CHECK_FALSE(one[0].column.has_value());

  // Two columns of numbers: no guess between them; a list of agreements: nothing to suggest.
  const auto two = guesses("partner,year,total,budget\nFrance,2020,3,10\n");
  CHECK(messages(two) == std::vector<std::string>{"no count column: each row counts as 1; name one with --count-col"});
  CHECK_FALSE(two[0].doubtful);
  CHECK_FALSE(guesses("partner,year,title\nFrance,2020,MoU\n")[0].doubtful);
  // Row numbers are an identifier, not a count.
  CHECK(guesses("id,partner,year,total\n1,France,2020,3\n2,Japan,2021,3\n3,Peru,2021,1\n")[0].message ==
        "no count column: each row counts as 1; name one with --count-col (did you mean --count-col total?)");
  CHECK_FALSE(guesses("id,partner,year\n1,France,2020\n2,Japan,2021\n")[0].doubtful);
  // The rows sampled are still all loaded.
  CHECK(coopstat::testing::load_with_report("partner,year,total\nFrance,2020,3\nJapan,2021,4\n", {}).table.rows() == 2);
}

TEST_CASE("assumptions: a country column as reporter, dates as years and a wide table are said; flags silence them") {
  CHECK(messages(guesses("country,partner,date,n\nFrance,Japan,2020-01-02,1\n")) ==
        std::vector<std::string>{"column \"country\" is read as the reporter and \"partner\" as the partner, a "
                                 "bilateral table (--reporter-col country to confirm)",
                                 "column \"date\" is read as the year: each date counts in its year (--year-col date "
                                 "to confirm)"});
  LoadOptions named;
  named.columns[static_cast<std::size_t>(coopstat::Role::reporter)] = "country";
  named.columns[static_cast<std::size_t>(coopstat::Role::year)] = "date";
  CHECK(guesses("country,partner,date,n\nFrance,Japan,2020-01-02,1\n", named).empty());

  CHECK(messages(guesses("Country Name,2019,2020,2021\nFrance,1,2,3\n")) ==
        std::vector<std::string>{"wide table: the 3 columns named by years (2019–2021) are read as years, their cells "
                                 "as counts (--shape wide to confirm)"});
  LoadOptions wide;
  wide.shape = coopstat::Shape::wide;
  CHECK(guesses("Country Name,2019,2020,2021\nFrance,1,2,3\n", wide).empty());
  CHECK(guesses("partner,year,agreements\nFrance,2020,1\n").empty());
}
