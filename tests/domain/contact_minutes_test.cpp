// Contact minutes: limits and characters checked, JSON round trip with unset fields left
// out, and errors that name the field but never echo its (personal) text.
#include "domain/contact_minutes.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(ContactMinutes, RoundTripsThroughJsonLeavingUnsetFieldsOut) {
  ContactMinutes minutes{.spoke_with = "Ana Kos",
                         .identity_verified = true,
                         .summary = "Obljubila plačilo do petka.",
                         .notes = "Prosi za klic po 16. uri.\nŠe dve vrstici."};
  auto back = ContactMinutes::from_json(minutes.to_json());
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back, minutes);
  EXPECT_EQ(ContactMinutes{.summary = "x"}.to_json(), (nlohmann::json{{"summary", "x"}}));
  EXPECT_TRUE(ContactMinutes{}.empty());
  EXPECT_FALSE(ContactMinutes{.identity_verified = false}.empty());
}

TEST(ContactMinutes, RefusesOverlongTextControlCharactersAndBadUtf8NamingOnlyTheField) {
  const std::string secret = "EMŠO 0101990500123";
  auto too_long = make_minutes({.summary = secret + std::string(2000, 'x')});
  ASSERT_FALSE(too_long.ok());
  EXPECT_NE(too_long.error().message.find("summary"), std::string::npos);
  EXPECT_EQ(too_long.error().message.find("EMŠO"), std::string::npos);
  EXPECT_FALSE(make_minutes({.spoke_with = "Ana\nKos"}).ok()) << "one line";
  EXPECT_TRUE(make_minutes({.notes = "line\nline\tcell"}).ok());
  EXPECT_FALSE(make_minutes({.notes = secret + "\x1b[31m"}).ok());
  auto bad_utf8 = make_minutes({.notes = secret + "\xc4"});
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_EQ(bad_utf8.error().message, "minutes: notes is not valid UTF-8");
}

TEST(ContactMinutes, FromJsonRefusesWrongTypes) {
  EXPECT_FALSE(ContactMinutes::from_json(nlohmann::json::array()).ok());
  EXPECT_FALSE(ContactMinutes::from_json({{"summary", 5}}).ok());
  EXPECT_FALSE(ContactMinutes::from_json({{"identity_verified", "yes"}}).ok());
}

}  // namespace
}  // namespace duecall::domain
