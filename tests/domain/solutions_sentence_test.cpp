// The solutions sentence in Slovenian and English with ICU's formats, and the sentences
// for a balance that allows only payment in full or nothing at all.
#include "domain/solutions_sentence.hpp"

#include <gtest/gtest.h>

#include "core/locale_formatter.hpp"

namespace duecall::domain {
namespace {

const std::string kNbsp = "\u00a0";
const CivilDate kToday = CivilDate::from_ymd(2026, 11, 23);

Currency eur() { return Currency::parse("EUR").value(); }

Policy generous(std::string language) {
  Policy policy = Policy::defaults(eur(), std::move(language));
  policy.min_instalment = Money(2000, eur());
  policy.max_instalments = 6;
  policy.max_term_days = 180;
  policy.settlement_floor_bp = 8500;
  policy.max_extension_days = 14;
  return policy;
}

std::string sentence(const Policy& policy, std::int64_t balance, std::int64_t interest,
                     const std::string& language) {
  auto solutions =
      solutions_for(policy, Money(balance, eur()), Money(interest, eur()), kToday).value();
  return solutions_sentence(solutions, language, *LocaleFormatter::create(language).value());
}

TEST(SolutionsSentence, SaysEveryOptionInSlovenian) {
  EXPECT_EQ(sentence(generous("sl"), 123456, 1000, "sl"),
            "Za odprti znesek 1.234,56" + kNbsp + "€ upnik dovoljuje: obljubo plačila najmanj 20,00" +
                kNbsp + "€, najpozneje 22. maj 2027; obroke (največ 6, vsak najmanj 20,00" + kNbsp +
                "€, zadnji najpozneje 22. maj 2027); poravnavo v višini najmanj 85" + kNbsp +
                "% odprtega zneska, to je 1.049,38" + kNbsp +
                "€; podaljšanje roka za največ 14 dni, najpozneje 7. december 2026; znižanje "
                "obresti na najmanj 0,00" +
                kNbsp + "€.");
}

TEST(SolutionsSentence, SaysEveryOptionInEnglish) {
  EXPECT_EQ(sentence(generous("en"), 123456, 1000, "en"),
            "For the open balance of €1,234.56 the client allows: a promise to pay at least "
            "€20.00 by May 22, 2027; up to 6 instalments of at least €20.00, the last by May 22, "
            "2027; a settlement down to 85% of the balance, €1,049.38; an extension of up to 14 "
            "days, to December 7, 2026; interest reduced to no less than €0.00.");
}

TEST(SolutionsSentence, SaysWhenOnlyPaymentInFullIsAllowed) {
  Policy strict = Policy::defaults(eur(), "sl");
  strict.min_instalment = Money(5000, eur());
  EXPECT_EQ(sentence(strict, 1000, 0, "sl"),
            "Za odprti znesek 10,00" + kNbsp +
                "€ upnik ne dovoljuje dogovora: možno je le plačilo celotnega zneska.");
  EXPECT_EQ(sentence(strict, 1000, 0, "en"),
            "For the open balance of €10.00 the client allows no arrangement: only payment in "
            "full.");
  EXPECT_EQ(sentence(strict, 0, 0, "en"), "Nothing is open.");
}

TEST(SolutionsSentence, OtherLanguagesUseEnglishWordsWithTheirOwnFormats) {
  EXPECT_NE(sentence(generous("pt-BR"), 123456, 0, "pt-BR").find("a settlement down to 85%"),
            std::string::npos);
}

TEST(SolutionsSentence, WritesPercentagesWithTheLanguagesDecimalMark) {
  EXPECT_EQ(percent_text(8550, "sl"), "85,5" + kNbsp + "%");
  EXPECT_EQ(percent_text(8525, "en"), "85.25%");
  EXPECT_EQ(percent_text(8505, "en"), "85.05%");
  EXPECT_EQ(percent_text(10000, "en"), "100%");
}

}  // namespace
}  // namespace duecall::domain
