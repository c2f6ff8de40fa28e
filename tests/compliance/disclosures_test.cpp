// Goal: every jurisdiction with a profile has its mandatory call texts, each citing its
// source; the US call carries the FDCPA mini-Miranda; a language without texts, or a
// country without a profile, is an error rather than a call without them. That the texts
// use only known placeholders is checked where the catalogue is known
// (tests/app/call_scripts_test.cpp).
#include "compliance/disclosures.hpp"

#include <gtest/gtest.h>

namespace duecall::compliance {
namespace {

TEST(Disclosures, EveryProfileCountryHasARecordingNoticeInItsLanguages) {
  for (const char* country : {"SI", "GB", "US", "BR"}) {
    auto languages = disclosure_languages(country);
    ASSERT_FALSE(languages.empty()) << country;
    for (const auto& language : languages) {
      auto texts = required_disclosures(country, language);
      ASSERT_TRUE(texts.ok()) << texts.error().message;
      bool has_notice = false;
      for (const auto& text : *texts) {
        has_notice = has_notice || text.kind == DisclosureKind::kRecordingNotice;
        EXPECT_FALSE(text.text.empty()) << text.id;
        EXPECT_FALSE(text.source.empty()) << text.id;
        EXPECT_FALSE(text.id.empty());
      }
      EXPECT_TRUE(has_notice) << country << " " << language;
    }
  }
  EXPECT_EQ(disclosure_languages("SI"), (std::vector<std::string>{"sl", "en"}));
  EXPECT_EQ(disclosure_languages("BR"), (std::vector<std::string>{"pt-BR", "en"}));
}

TEST(Disclosures, TheUnitedStatesCallCarriesTheMiniMiranda) {
  auto texts = required_disclosures("US", "en").value();
  bool found = false;
  for (const auto& text : texts) {
    if (text.id != "us_mini_miranda") continue;
    found = true;
    EXPECT_EQ(text.kind, DisclosureKind::kDisclosure);
    EXPECT_NE(text.text.find("This is an attempt to collect a debt, and any information obtained "
                             "will be used for that purpose."),
              std::string::npos);
    EXPECT_NE(text.source.find("1006.18(e)"), std::string::npos);
  }
  EXPECT_TRUE(found);
}

TEST(Disclosures, TheSlovenianNoticeSaysPurposeAndRetention) {
  auto texts = required_disclosures("SI", "sl").value();
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_NE(texts[0].text.find("snemamo"), std::string::npos);
  EXPECT_NE(texts[0].text.find("{agency.recording_retention}"), std::string::npos);
  EXPECT_NE(texts[0].source.find("Informacijski pooblaščenec"), std::string::npos);
  // An empty country means Slovenia, as in profile_for.
  EXPECT_EQ(required_disclosures("", "sl").value()[0].text, texts[0].text);
}

TEST(Disclosures, ARegionalLanguageFallsBackToItsLanguage) {
  auto british = required_disclosures("SI", "en-GB");
  ASSERT_TRUE(british.ok()) << british.error().message;
  EXPECT_EQ(british->at(0).text, required_disclosures("SI", "en").value().at(0).text);
  EXPECT_FALSE(required_disclosures("SI", "sl-IT").value().empty());
  EXPECT_FALSE(required_disclosures("BR", "pt").ok());
}

TEST(Disclosures, RefusesLanguagesAndCountriesWithoutTexts) {
  auto german = required_disclosures("SI", "de");
  ASSERT_FALSE(german.ok());
  EXPECT_EQ(german.error().code, ErrorCode::kNotFound);
  EXPECT_NE(german.error().message.find("(there are: sl, en)"), std::string::npos)
      << german.error().message;
  auto france = required_disclosures("FR", "fr");
  ASSERT_FALSE(france.ok());
  EXPECT_EQ(france.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace duecall::compliance
