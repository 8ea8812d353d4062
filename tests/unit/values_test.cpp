#include "input/values.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>

using coopstat::input::parse_count;
using coopstat::input::parse_year;

namespace {

bool rejected(std::string_view text) { return !parse_count(text).problem.empty(); }

}  // namespace

TEST_CASE("values: counts parse whole and decimal numbers exactly") {
  CHECK(parse_count("12").value == 12);
  CHECK(parse_count("-3").value == -3);
  CHECK(parse_count("+5").value == 5);
  CHECK(parse_count("007").value == 7);
  CHECK(parse_count("1.5").value == 1.5);
  CHECK(parse_count(".25").value == 0.25);
  CHECK(parse_count("1e3").value == 1000);
  CHECK(parse_count("3.14159").value == 3.14159);  // correctly rounded, unlike csv.h's own parser
  CHECK(parse_count("9007199254740992").value == 9007199254740992.0);
}

TEST_CASE("values: negative zero is stored as zero") {
  CHECK_FALSE(std::signbit(parse_count("-0").value));
  CHECK_FALSE(std::signbit(parse_count("-0.0").value));
}

TEST_CASE("values: what is not exactly a number is an error, never 0") {
  for (const char* text : {"", "-", "+", ".", "12x", "1,5", "1 000", "x12", "+-1", "--1", "inf", "nan", "-inf",
                           "infinity", "1e400", "0x10", "1.2.3"}) {
    CAPTURE(text);
    CHECK(rejected(text));
  }
}

TEST_CASE("values: count messages quote the value") {
  CHECK(parse_count("12x").problem == "\"12x\" is not a number");
  CHECK(parse_count("").problem == "empty value, expected a number");
  CHECK(parse_count("9007199254740993").problem ==
        "\"9007199254740993\" is too large to count exactly (more than 2^53)");
  CHECK(parse_count("1e300").problem == "\"1e300\" is too large to count exactly (more than 2^53)");
}

TEST_CASE("values: years are whole numbers from 1 to 9999") {
  CHECK(parse_year("2022").value == 2022);
  CHECK(parse_year("1").value == 1);
  CHECK(parse_year("9999").value == 9999);
  CHECK(parse_year("0").problem == "\"0\" is not a year from 1 to 9999");
  CHECK(parse_year("10000").problem == "\"10000\" is not a year from 1 to 9999");
  CHECK(parse_year("99999999999").problem == "\"99999999999\" is not a year from 1 to 9999");
  CHECK(parse_year("").problem == "empty value, expected a year");
  for (const char* text : {"2022.0", "-2022", "+2022", "20x2", "2,022", "MMXXII"}) {
    CAPTURE(text);
    CHECK(parse_year(text).problem ==
          fmt::format("\"{}\" is not a year (a whole number, or a date: YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or "
                      "MM/DD/YYYY)",
                      text));
  }
}

TEST_CASE("values: an ISO date gives its year when it names a real day") {
  CHECK(parse_year("2016-09-03").value == 2016);
  CHECK(parse_year("2020-02-29").value == 2020);          // leap year
  CHECK(parse_year("2000-02-29").value == 2000);          // divisible by 400
  CHECK_FALSE(parse_year("1900-02-29").problem.empty());  // divisible by 100, not 400
  CHECK_FALSE(parse_year("2021-02-29").problem.empty());
  CHECK_FALSE(parse_year("2021-13-01").problem.empty());
  CHECK_FALSE(parse_year("2021-04-31").problem.empty());
  CHECK_FALSE(parse_year("2021-00-10").problem.empty());
  CHECK_FALSE(parse_year("2021-1-1").problem.empty());
  CHECK_FALSE(parse_year("2016-09-03T10:00").problem.empty());
}

TEST_CASE("values: missing-value markers") {
  using coopstat::input::is_missing_value;
  for (const char* marker : {"", "NA", "na", "..", "n/a", "N/A"}) CHECK(is_missing_value(marker));
  for (const char* value : {"0", "-", ".", "NaN", "N.A.", "none"}) CHECK_FALSE(is_missing_value(value));
}

TEST_CASE("values: dates day first, month first, or either") {
  using coopstat::DateOrder;
  CHECK(parse_year("03.09.2016").value == 2016);
  CHECK(parse_year("3.9.2016").value == 2016);
  CHECK(parse_year("09/03/2016").value == 2016);  // 9 March or September 3: 2016 either way
  CHECK(parse_year("13/01/2016").value == 2016);  // only day first is a real day
  CHECK(parse_year("01/13/2016").value == 2016);  // only month first is
  CHECK(parse_year("31-12-2020").value == 2020);
  CHECK(parse_year("29.02.2020").value == 2020);
  CHECK(parse_year("29.02.2021").problem == "\"29.02.2021\" is not a real day");
  CHECK(parse_year("2021-02-29").problem == "\"2021-02-29\" is not a real day");
  CHECK(parse_year("02.13.2016").problem == "\"02.13.2016\" is not a real day");  // dots: day first
  CHECK(parse_year("13/13/2016").problem == "\"13/13/2016\" is not a real day");
  CHECK(parse_year("02.13.2016", DateOrder::month_first).value == 2016);
  CHECK(parse_year("13/01/2016", DateOrder::month_first).problem ==
        "\"13/01/2016\" is not a real day read as MM/DD/YYYY (--date-format mdy)");
  CHECK(parse_year("01/13/2016", DateOrder::day_first).problem ==
        "\"01/13/2016\" is not a real day read as DD/MM/YYYY (--date-format dmy)");
  CHECK(parse_year("2016-09-03", DateOrder::day_first).value == 2016);  // ISO is never in doubt
  CHECK(parse_year("01.01.0001").value == 1);                           // impossible years are check's to flag
  for (const char* text : {"3.9.16", "03.09", "03/09-2016", "003.09.2016", "03.09.2016.", "3 Sep 2016", "0.0.2016"})
    CHECK_FALSE(parse_year(text).problem.empty());
}

namespace {

using coopstat::NumberForm;

const NumberForm kDecimalComma{',', std::nullopt};
const NumberForm kEuropean{',', '.'};  // 1.234,5

std::string problem_of(std::string_view text, const NumberForm& form) { return parse_count(text, form).problem; }

}  // namespace

TEST_CASE("values: counts in local forms") {
  CHECK(parse_count("1,5", kDecimalComma).value == 1.5);
  CHECK(parse_count("-0,25", kDecimalComma).value == -0.25);
  CHECK(parse_count(",5", kDecimalComma).value == 0.5);
  CHECK(parse_count("1,234", kDecimalComma).value == 1.234);  // a decimal comma is what --decimal , says
  CHECK(parse_count("12", kDecimalComma).value == 12);
  CHECK(parse_count("1.234.567", kEuropean).value == 1234567);
  CHECK(parse_count("1.234,5", kEuropean).value == 1234.5);
  CHECK(parse_count("+1.234,5", kEuropean).value == 1234.5);
  CHECK(parse_count("1234567", kEuropean).value == 1234567);  // groups are optional
  CHECK(parse_count("1,234,567.5", {'.', ','}).value == 1234567.5);
  CHECK(parse_count("1.5", {'.', ','}).value == 1.5);
  CHECK(parse_count("1'234'567", {'.', '\''}).value == 1234567);
  CHECK(parse_count("-1 234 567", {'.', ' '}).value == -1234567);
  // A no-break space (U+00A0: C2 A0) and a narrow no-break space (U+202F: E2 80 AF) are spaces too.
  CHECK(parse_count("1\xC2\xA0"
                    "234\xE2\x80\xAF"
                    "567,5",
                    {',', ' '})
            .value == 1234567.5);
  CHECK(parse_count("999", {'.', ' '}).value == 999);
  CHECK_FALSE(std::signbit(parse_count("-0,0", kDecimalComma).value));
}

TEST_CASE("values: group separators stand between groups of three digits") {
  const std::string groups = "the thousands separators must stand between groups of three digits";
  for (const char* text : {"1.23", "1.2345", "1234.567", ".123", "1..234", "1.234.", "1.234.56", "12.34,5"}) {
    CAPTURE(text);
    CHECK(problem_of(text, kEuropean).find(groups) != std::string::npos);
  }
  CHECK(problem_of("1,23", {'.', ','}) ==
        "\"1,23\" is not a number with --thousands , (" + groups + "); --decimal , reads it as 1.23");
  CHECK(problem_of("1 2", {'.', ' '}) == "\"1 2\" is not a number with --thousands space (" + groups + ")");
  CHECK(problem_of("1'23'456", {'.', '\''}) == "\"1'23'456\" is not a number with --thousands \"'\" (" + groups + ")");
}

TEST_CASE("values: a count that reads in another form names the flags that read it") {
  // The default form: a decimal comma, or a thousands separator, is not taken for a point.
  CHECK(problem_of("1,5", {}) == "\"1,5\" is not a number; --decimal , reads it as 1.5");
  CHECK(problem_of("1,234", {}) ==
        "\"1,234\" is not a number; --decimal , reads it as 1.234, --thousands , reads it as 1234");
  CHECK(problem_of("1.234.567", {}) == "\"1.234.567\" is not a number; --decimal , --thousands . reads it as 1234567");
  CHECK(problem_of("1 234", {}) == "\"1 234\" is not a number; --thousands space reads it as 1234");
  CHECK(problem_of("1.234,5", {}) == "\"1.234,5\" is not a number; --decimal , --thousands . reads it as 1234.5");
  // Ambiguous under --decimal , alone: a point is no decimal point, and no separator was named.
  CHECK(problem_of("1.234", kDecimalComma) ==
        "\"1.234\" is ambiguous with --decimal ,; the default (1234.5) reads it as 1.234, --decimal , --thousands . "
        "reads it as 1234");
  CHECK(problem_of("1.5", kDecimalComma) ==
        "\"1.5\" is not a number with --decimal ,; the default (1234.5) reads it as 1.5");
  CHECK(problem_of("1.234", {',', ' '}) ==
        "\"1.234\" is ambiguous with --decimal , --thousands space; the default (1234.5) reads it as 1.234, "
        "--decimal , --thousands . reads it as 1234");
  // No form reads it: the message is the plain one.
  CHECK(problem_of("12x", {}) == "\"12x\" is not a number");
  CHECK(problem_of("12x", kEuropean) == "\"12x\" is not a number with --decimal , --thousands .");
  CHECK(problem_of("", kEuropean) == "empty value, expected a number");
  CHECK(problem_of("9.007.199.254.740.993", kEuropean) ==
        "\"9.007.199.254.740.993\" is too large to count exactly (more than 2^53)");
}

TEST_CASE("values: years are never read with separators") {
  for (const char* text : {"2.020", "2,020", "2 020", "2'020"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_year(text).problem.empty());
  }
}

TEST_CASE("values: --decimal and --thousands cannot be one mark") {
  const auto usage = [](const NumberForm& form) {
    try {
      coopstat::check_number_form(form);
    } catch (const coopstat::Error& error) {
      return error.kind() == coopstat::ErrorKind::usage ? std::string(error.what()) : "not a usage error";
    }
    return std::string("accepted");
  };
  CHECK(usage({'.', '.'}) == "--thousands .: the decimal mark is . too (add --decimal , for numbers like 1.234,5)");
  CHECK(usage({',', ','}) == "--decimal and --thousands are both ,: one mark cannot be both");
  CHECK(usage(kEuropean) == "accepted");
  CHECK(usage({'.', ','}) == "accepted");
  CHECK(coopstat::number_form_example(kEuropean) == "1.234,5");
  CHECK(coopstat::number_form_example({}) == "1234.5");
  CHECK(coopstat::number_form_example({',', ' '}) == "1 234,5");
}
