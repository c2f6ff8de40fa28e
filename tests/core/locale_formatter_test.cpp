// Goal: money, dates, counts and lists come out as a reader of each language expects:
// the examples the issue names (sl "1.234,56 €", en "€1,234.56", pt-BR "R$ 1.234,56",
// sl "10. december 2026"), exact for amounts no double could hold, with currencies of 0
// and 3 minor digits, and unit plurals from ICU's rules.
//
// Method: fixed values through LocaleFormatter for sl, en and pt-BR. ICU separates the
// amount from its sign with a no-break space (U+00A0), which the expectations spell out.
#include "core/locale_formatter.hpp"

#include <gtest/gtest.h>

namespace duecall {
namespace {

constexpr const char* kNbsp = "\u00a0";

std::unique_ptr<LocaleFormatter> formatter(std::string_view tag) {
  auto created = LocaleFormatter::create(tag);
  EXPECT_TRUE(created.ok()) << created.error().message;
  return std::move(created).value();
}

Money amount(std::int64_t minor, const char* currency) {
  return Money(minor, Currency::parse(currency).value());
}

TEST(LocaleFormatter, WritesMoneyAsEachLanguageDoes) {
  EXPECT_EQ(formatter("sl")->money(amount(123456, "EUR")), std::string("1.234,56") + kNbsp + "€");
  EXPECT_EQ(formatter("en")->money(amount(123456, "EUR")), "€1,234.56");
  EXPECT_EQ(formatter("pt-BR")->money(amount(123456, "BRL")),
            std::string("R$") + kNbsp + "1.234,56");
  EXPECT_EQ(formatter("en")->money(amount(500, "USD")), "$5.00");
}

TEST(LocaleFormatter, WritesMoneyExactlyWhateverItsSize) {
  // 2^53 + 1 minor units: a double would round this to ...992.
  EXPECT_EQ(formatter("en")->money(amount(9007199254740993, "EUR")), "€90,071,992,547,409.93");
  EXPECT_EQ(formatter("en")->money(amount(1, "EUR")), "€0.01");
  EXPECT_EQ(formatter("en")->money(amount(0, "EUR")), "€0.00");
  EXPECT_EQ(formatter("en")->money(amount(-2050, "EUR")), "-€20.50");
}

TEST(LocaleFormatter, KeepsTheCurrencysMinorDigits) {
  EXPECT_EQ(formatter("en")->money(amount(1234, "JPY")), "¥1,234");
  EXPECT_EQ(formatter("en")->money(amount(1234, "KWD")), "KWD" + std::string(kNbsp) + "1.234");
}

TEST(LocaleFormatter, WritesDatesLongAndMedium) {
  CivilDate day = CivilDate::from_ymd(2026, 12, 10);
  EXPECT_EQ(formatter("sl")->date(day, DateStyle::kLong), "10. december 2026");
  EXPECT_EQ(formatter("sl")->date(day, DateStyle::kMedium), "10. dec. 2026");
  EXPECT_EQ(formatter("en")->date(day, DateStyle::kLong), "December 10, 2026");
  EXPECT_EQ(formatter("en")->date(day, DateStyle::kMedium), "Dec 10, 2026");
  EXPECT_EQ(formatter("pt-BR")->date(day, DateStyle::kLong), "10 de dezembro de 2026");
  EXPECT_EQ(formatter("en-GB")->date(day, DateStyle::kLong), "10 December 2026");
}

TEST(LocaleFormatter, KeepsTheCalendarDayAtEveryEdgeOfTheYear) {
  EXPECT_EQ(formatter("en")->date(CivilDate::from_ymd(2026, 1, 1), DateStyle::kLong),
            "January 1, 2026");
  EXPECT_EQ(formatter("en")->date(CivilDate::from_ymd(2028, 2, 29), DateStyle::kLong),
            "February 29, 2028");
  EXPECT_EQ(formatter("en")->date(CivilDate::from_ymd(1969, 12, 31), DateStyle::kLong),
            "December 31, 1969");
}

TEST(LocaleFormatter, PutsUnitsInTheirPluralForms) {
  auto sl = formatter("sl");
  EXPECT_EQ(sl->days(1), "1 dan");
  EXPECT_EQ(sl->days(2), "2 dneva");
  EXPECT_EQ(sl->days(45), "45 dni");
  EXPECT_EQ(sl->months(24), "24 mesecev");
  EXPECT_EQ(formatter("en")->days(1), "1 day");
  EXPECT_EQ(formatter("en")->months(24), "24 months");
  EXPECT_EQ(formatter("pt-BR")->months(1), "1 mês");
}

TEST(LocaleFormatter, JoinsListsAndGroupsIntegers) {
  std::vector<std::string> refs = {"A-1", "A-2", "A-3"};
  EXPECT_EQ(formatter("sl")->list(refs), "A-1, A-2 in A-3");
  EXPECT_EQ(formatter("en")->list(refs), "A-1, A-2, and A-3");
  EXPECT_EQ(formatter("pt-BR")->list(refs), "A-1, A-2 e A-3");
  EXPECT_EQ(formatter("sl")->list({"A-1"}), "A-1");
  EXPECT_EQ(formatter("sl")->integer(12345), "12.345");
  EXPECT_EQ(formatter("en")->integer(12345), "12,345");
}

TEST(LocaleFormatter, RefusesWhatIsNotALanguageTag) {
  EXPECT_FALSE(LocaleFormatter::create("xx").ok());
  EXPECT_FALSE(LocaleFormatter::create("pt_BR").ok());
  EXPECT_FALSE(LocaleFormatter::create("").ok());
}

}  // namespace
}  // namespace duecall
