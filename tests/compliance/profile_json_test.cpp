// Profiles round-trip through JSON unchanged, and malformed JSON is refused with the name
// of the offending field.
#include "compliance/profile_json.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"

namespace duecall::compliance {
namespace {

void expect_same(const Profile& a, const Profile& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.country, b.country);
  EXPECT_EQ(a.region, b.region);
  EXPECT_EQ(a.default_zones, b.default_zones);
  EXPECT_EQ(a.window.hours, b.window.hours);
  EXPECT_EQ(a.window.channels, b.window.channels);
  EXPECT_EQ(a.window.source, b.window.source);
  EXPECT_EQ(a.holidays.holidays, b.holidays.holidays);
  EXPECT_EQ(a.holidays.source, b.holidays.source);
  ASSERT_EQ(a.caps.size(), b.caps.size());
  for (std::size_t index = 0; index < a.caps.size(); ++index) {
    EXPECT_EQ(a.caps[index].name, b.caps[index].name);
    EXPECT_EQ(a.caps[index].max_attempts, b.caps[index].max_attempts);
    EXPECT_EQ(a.caps[index].period_days, b.caps[index].period_days);
    EXPECT_EQ(a.caps[index].channels, b.caps[index].channels);
    EXPECT_EQ(a.caps[index].number_kinds, b.caps[index].number_kinds);
    EXPECT_EQ(a.caps[index].uncounted_results, b.caps[index].uncounted_results);
    EXPECT_EQ(a.caps[index].source, b.caps[index].source);
  }
  EXPECT_EQ(a.conversation_cooldown.has_value(), b.conversation_cooldown.has_value());
  if (a.conversation_cooldown && b.conversation_cooldown) {
    EXPECT_EQ(a.conversation_cooldown->days, b.conversation_cooldown->days);
    EXPECT_EQ(a.conversation_cooldown->channels, b.conversation_cooldown->channels);
  }
  EXPECT_EQ(a.abandoned_call_gap.has_value(), b.abandoned_call_gap.has_value());
  if (a.abandoned_call_gap && b.abandoned_call_gap) {
    EXPECT_EQ(a.abandoned_call_gap->gap, b.abandoned_call_gap->gap);
  }
}

TEST(ProfileJson, EveryBuiltInProfileRoundTrips) {
  for (auto profile :
       {profile_for("SI", std::nullopt), profile_for("US", "MA"), profile_for("GB", std::nullopt),
        profile_for("BR", "SP"), profile_for("BR", std::nullopt)}) {
    ASSERT_TRUE(profile.ok());
    auto parsed = profile_from_json(profile_to_json(*profile));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    expect_same(*profile, *parsed);
  }
}

TEST(ProfileJson, ReadsAHandWrittenProfile) {
  auto parsed = profile_from_json(R"({
    "id": "XX", "country": "XX", "default_zones": ["Europe/Ljubljana"],
    "window": {"hours": {"monday": "09:00-12:00"}, "channels": ["call"], "source": "test"},
    "holidays": {"source": "test", "days": [{"name": "x", "date": "03-11"},
                                            {"name": "y", "easter_offset": -2}]},
    "caps": [{"name": "c", "max_attempts": 1, "period_days": 2, "channels": ["sms"],
              "source": "test"}]
  })");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_TRUE(parsed->window.hours.on(date::Monday).has_value());
  EXPECT_FALSE(parsed->window.hours.on(date::Tuesday).has_value());
  EXPECT_EQ(parsed->holidays.holidays[1].days_from_easter, -2);
  EXPECT_EQ(parsed->caps[0].channels, std::vector<Channel>{Channel::sms});
  EXPECT_FALSE(parsed->conversation_cooldown.has_value());
}

TEST(ProfileJson, RefusesBadInputNamingTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {"not json", "valid JSON"},
      {"[]", "(root)"},
      {R"({"country": "SI"})", "'id'"},
      {R"({"id": "a", "country": "SI", "default_zones": []})", "'default_zones'"},
      {R"({"id": "a", "country": "SI", "default_zones": ["Mars/Olympus"]})", "'default_zones'"},
      {R"({"id": "a", "country": "SI", "default_zones": ["UTC"],
           "window": {"hours": {"funday": "08:00-09:00"}, "source": "s"}})",
       "'window.hours.funday'"},
      {R"({"id": "a", "country": "SI", "default_zones": ["UTC"],
           "window": {"hours": {"monday": "19:00-08:00"}, "source": "s"}})",
       "'window.hours.monday'"},
      {R"({"id": "a", "country": "SI", "default_zones": ["UTC"],
           "window": {"hours": {}, "channels": ["fax"], "source": "s"}})",
       "'window.channels'"},
      {R"({"id": "a", "country": "SI", "default_zones": ["UTC"],
           "window": {"hours": {}, "source": "s"},
           "caps": [{"name": "c", "max_attempts": -1, "period_days": 7,
                     "channels": ["call"], "source": "s"}]})",
       "'caps[0].max_attempts'"},
      {R"({"id": "a", "country": "SI", "default_zones": ["UTC"],
           "window": {"hours": {}, "source": "s"},
           "holidays": {"days": [{"name": "x", "date": "02-30"}]}})",
       "'holidays.days[0].date'"},
  };
  for (auto [text, field] : cases) {
    auto parsed = profile_from_json(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_NE(parsed.error().message.find(field), std::string::npos) << parsed.error().message;
  }
}

}  // namespace
}  // namespace duecall::compliance
