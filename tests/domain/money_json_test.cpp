// Goal: money crosses JSON only as exact integers of minor units with their currency, or
// as a decimal string in the expected currency; anything else (floats, other currencies,
// missing fields, numbers beyond int64) is refused with the value's path in the message.
//
// Method: the object and string forms accepted, then each malformed shape refused; a
// RapidCheck round trip over random amounts.
#include "domain/money_json.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace duecall::domain {
namespace {

using nlohmann::json;

Currency eur() { return Currency::parse("EUR").value(); }
Currency jpy() { return Currency::parse("JPY").value(); }

TEST(MoneyToJson, WritesIntegerMinorUnitsAndTheCurrencyCode) {
  EXPECT_EQ(money_to_json(Money(123450, eur())), (json{{"minor", 123450}, {"currency", "EUR"}}));
  EXPECT_EQ(money_to_json(Money(-5, jpy())), (json{{"minor", -5}, {"currency", "JPY"}}));
  EXPECT_TRUE(money_to_json(Money(1, eur()))["minor"].is_number_integer());
}

TEST(MoneyFromJson, ReadsTheObjectForm) {
  auto money = money_from_json(json{{"minor", 123450}, {"currency", "EUR"}}, eur(), "$.amount");
  ASSERT_TRUE(money.ok()) << money.error().message;
  EXPECT_EQ(*money, Money(123450, eur()));
  auto extreme = money_from_json(json{{"minor", INT64_MIN}, {"currency", "EUR"}}, eur(), "$.a");
  ASSERT_TRUE(extreme.ok());
  EXPECT_EQ(extreme->minor(), INT64_MIN);
}

TEST(MoneyFromJson, ReadsADecimalStringInTheExpectedCurrency) {
  auto money = money_from_json(json("1234.50"), eur(), "$.amount");
  ASSERT_TRUE(money.ok()) << money.error().message;
  EXPECT_EQ(*money, Money(123450, eur()));
  auto yen = money_from_json(json("1500"), jpy(), "$.amount");
  ASSERT_TRUE(yen.ok());
  EXPECT_EQ(*yen, Money(1500, jpy()));
}

TEST(MoneyFromJson, RefusesADecimalStringThatIsNoAmountNamingThePath) {
  for (std::string_view text : {"12.345", "1,5", "", "12 EUR", "1e3"}) {
    auto money = money_from_json(json(text), eur(), "$.min_instalment");
    ASSERT_FALSE(money.ok()) << text;
    EXPECT_EQ(money.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(money.error().message.starts_with("$.min_instalment: ")) << money.error().message;
  }
  EXPECT_FALSE(money_from_json(json("1500.5"), jpy(), "$.a").ok());
}

TEST(MoneyFromJson, RefusesAnAmountInAnotherCurrency) {
  auto money = money_from_json(json{{"minor", 100}, {"currency", "USD"}}, eur(), "$.amount");
  ASSERT_FALSE(money.ok());
  EXPECT_EQ(money.error().message, "$.amount: must be in EUR");
}

TEST(MoneyFromJson, RefusesAnUnknownOrHistoricCurrency) {
  for (std::string_view code : {"SIT", "eur", "EURO", ""}) {
    auto money = money_from_json(json{{"minor", 100}, {"currency", code}}, eur(), "$.amount");
    ASSERT_FALSE(money.ok()) << code;
    EXPECT_TRUE(money.error().message.starts_with("$.amount: '")) << money.error().message;
  }
}

TEST(MoneyFromJson, RefusesEveryOtherShape) {
  const std::string shape = "$.amount: must be {\"minor\": integer, \"currency\": \"ISO 4217\"}";
  for (const json& value : {json(1234), json(12.5), json(nullptr), json(true), json::array(),
                            json::object(), json{{"minor", 100}},
                            json{{"currency", "EUR"}},
                            json{{"minor", 12.5}, {"currency", "EUR"}},
                            json{{"minor", "100"}, {"currency", "EUR"}},
                            json{{"minor", 100}, {"currency", 978}},
                            json{{"amount", 100}, {"currency", "EUR"}}}) {
    auto money = money_from_json(value, eur(), "$.amount");
    ASSERT_FALSE(money.ok()) << value.dump();
    EXPECT_TRUE(money.error().message.starts_with(shape)) << money.error().message;
  }
}

TEST(MoneyFromJson, RefusesMinorUnitsBeyondInt64) {
  // JSON parsers read these as unsigned 64-bit integers; they must not wrap to negatives.
  for (std::uint64_t minor : {std::uint64_t{9223372036854775808u}, std::uint64_t{18446744073709551615u}}) {
    auto money = money_from_json(json{{"minor", minor}, {"currency", "EUR"}}, eur(), "$.amount");
    EXPECT_FALSE(money.ok()) << minor << " read as " << (money.ok() ? money->minor() : 0);
  }
  auto largest = money_from_json(json{{"minor", std::uint64_t{9223372036854775807u}}, {"currency", "EUR"}},
                                 eur(), "$.amount");
  ASSERT_TRUE(largest.ok());
  EXPECT_EQ(largest->minor(), INT64_MAX);
}

RC_GTEST_PROP(MoneyJsonProperties, ReadsBackWhatItWrote, (std::int64_t minor)) {
  const Currency currency = *rc::gen::element(eur(), jpy(), Currency::parse("BHD").value());
  const Money money(minor, currency);
  auto read_back = money_from_json(money_to_json(money), currency, "$.x");
  RC_ASSERT(read_back.ok());
  RC_ASSERT(*read_back == money);
  // Also through text, as the API stores it.
  auto reparsed = money_from_json(json::parse(money_to_json(money).dump()), currency, "$.x");
  RC_ASSERT(reparsed.ok());
  RC_ASSERT(*reparsed == money);
}

}  // namespace
}  // namespace duecall::domain
