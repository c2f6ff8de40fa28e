// Goal: only canonical tags of known languages and regions are accepted, so one language
// is stored under one key; a near miss is told the canonical spelling.
#include "core/language_tag.hpp"

#include <gtest/gtest.h>

namespace duecall {
namespace {

TEST(LanguageTag, AcceptsCanonicalTagsOfKnownLanguages) {
  for (const char* tag : {"sl", "en", "pt-BR", "en-GB", "de", "hr", "pt"}) {
    EXPECT_TRUE(check_language_tag(tag).ok()) << tag;
  }
}

TEST(LanguageTag, RefusesOtherSpellingsAndNamingTheCanonicalOne) {
  auto lower = check_language_tag("pt-br");
  ASSERT_FALSE(lower.ok());
  EXPECT_NE(lower.error().message.find("write it as pt-BR"), std::string::npos)
      << lower.error().message;
  EXPECT_FALSE(check_language_tag("SL").ok());
  EXPECT_FALSE(check_language_tag("pt_BR").ok());
}

TEST(LanguageTag, RefusesUnknownLanguagesRegionsAndExtras) {
  for (const char* tag :
       {"", "xx", "sl-XX", "sl-Latn", "en-US-posix", "en-u-nu-arab", "slovenian", "sl-"}) {
    auto checked = check_language_tag(tag);
    EXPECT_FALSE(checked.ok()) << "'" << tag << "'";
    if (!checked.ok()) {
      EXPECT_EQ(checked.error().code, ErrorCode::kInvalidArgument);
    }
  }
}

}  // namespace
}  // namespace duecall
