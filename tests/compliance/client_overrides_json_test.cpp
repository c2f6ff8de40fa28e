// Goal: a client's overrides read from JSON exactly as documented in
// client_overrides_json.hpp, every malformed field is refused with an error naming its JSON
// path, the canonical form survives a round trip, and check_tightens_every_profile refuses
// an override that loosens any profile of the client's country, naming the same path.
//
// Method: one full document and one small document per malformed field.
#include "compliance/client_overrides_json.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"

namespace duecall::compliance {
namespace {

using nlohmann::json;
using std::chrono::hours;

const json kFull = json::parse(R"({
  "hours": {"monday": "09:00-17:00", "tuesday": "09:00-17:00", "wednesday": null},
  "extra_holidays": [{"name": "company day", "date": "09-01"},
                     {"name": "Holy Thursday", "easter_offset": -3, "first_year": 2027}],
  "extra_windowed_channels": ["email"],
  "caps": {"regulation_f_calls": {"max_attempts": 5, "period_days": 7}},
  "extra_caps": {"client_weekly_calls": {"max_attempts": 3, "period_days": 7,
                                          "channels": ["call", "sms"],
                                          "number_kinds": ["mobile"],
                                          "uncounted_results": ["busy"]}},
  "conversation_cooldown_days": 10,
  "abandoned_call_gap_hours": 96})");

::testing::AssertionResult RefusedAt(const json& document, const std::string& path) {
  auto read = client_overrides_from_json(document);
  if (read.ok()) return ::testing::AssertionFailure() << "accepted, expected " << path;
  if (read.error().code != ErrorCode::kInvalidArgument ||
      !read.error().message.starts_with(path + ": ")) {
    return ::testing::AssertionFailure()
           << "refused with '" << read.error().message << "', expected '" << path << ": ...'";
  }
  return ::testing::AssertionSuccess();
}

TEST(ClientOverridesJson, ReadsEveryField) {
  auto read = client_overrides_from_json(kFull);
  ASSERT_TRUE(read.ok()) << read.error().message;
  ASSERT_TRUE(read->hours.has_value());
  EXPECT_EQ(read->hours->on(date::Monday), (DailyHours{hours(9), hours(17)}));
  EXPECT_FALSE(read->hours->on(date::Wednesday).has_value()) << "null closes a day";
  EXPECT_FALSE(read->hours->on(date::Thursday).has_value()) << "a day not listed is closed";
  ASSERT_EQ(read->extra_holidays.size(), 2u);
  EXPECT_EQ(read->extra_holidays[1].days_from_easter, -3);
  EXPECT_EQ(read->extra_holidays[1].first_year, 2027);
  EXPECT_EQ(read->extra_windowed_channels, std::vector<Channel>{Channel::email});
  ASSERT_EQ(read->caps.size(), 1u);
  EXPECT_EQ(read->caps[0].name, "regulation_f_calls");
  EXPECT_EQ(read->caps[0].max_attempts, 5);
  ASSERT_EQ(read->extra_caps.size(), 1u);
  EXPECT_EQ(read->extra_caps[0].name, "client_weekly_calls");
  EXPECT_EQ(read->extra_caps[0].channels, (std::vector<Channel>{Channel::call, Channel::sms}));
  EXPECT_EQ(read->extra_caps[0].source, kClientPolicySource);
  EXPECT_EQ(read->conversation_cooldown_days, 10);
  EXPECT_EQ(read->abandoned_call_gap, hours(96));
}

TEST(ClientOverridesJson, AnEmptyObjectIsNoOverrides) {
  auto read = client_overrides_from_json(json::object());
  ASSERT_TRUE(read.ok());
  EXPECT_FALSE(read->hours.has_value());
  EXPECT_TRUE(read->caps.empty());
  EXPECT_EQ(client_overrides_to_json(*read), json::object());
}

TEST(ClientOverridesJson, RoundTripsTheCanonicalForm) {
  auto read = client_overrides_from_json(kFull);
  ASSERT_TRUE(read.ok());
  json written = client_overrides_to_json(*read);
  auto again = client_overrides_from_json(written);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(client_overrides_to_json(*again), written);
  EXPECT_EQ(again->hours, read->hours);
  EXPECT_EQ(again->extra_holidays, read->extra_holidays);
  EXPECT_EQ(written["hours"], (json{{"monday", "09:00-17:00"}, {"tuesday", "09:00-17:00"}}));
}

TEST(ClientOverridesJson, RefusesMalformedFieldsNamingTheirPath) {
  EXPECT_TRUE(RefusedAt(json::array(), "$.compliance"));
  EXPECT_TRUE(RefusedAt({{"hourz", json::object()}}, "$.compliance.hourz"));
  EXPECT_TRUE(RefusedAt({{"hours", {{"mon", "09:00-17:00"}}}}, "$.compliance.hours.mon"));
  EXPECT_TRUE(RefusedAt({{"hours", {{"monday", "17:00-09:00"}}}}, "$.compliance.hours.monday"));
  EXPECT_TRUE(RefusedAt({{"hours", {{"monday", 9}}}}, "$.compliance.hours.monday"));
  EXPECT_TRUE(RefusedAt({{"hours", "09:00-17:00"}}, "$.compliance.hours"));
  EXPECT_TRUE(RefusedAt({{"extra_holidays", {{{"name", "x"}, {"date", "02-30"}}}}},
                        "$.compliance.extra_holidays[0].date"));
  EXPECT_TRUE(RefusedAt({{"extra_holidays", {{{"date", "12-24"}}}}},
                        "$.compliance.extra_holidays[0].name"));
  EXPECT_TRUE(
      RefusedAt({{"extra_windowed_channels", {"fax"}}}, "$.compliance.extra_windowed_channels"));
  EXPECT_TRUE(RefusedAt({{"caps", {{"regulation_f_calls", {{"max_attempts", -1}}}}}},
                        "$.compliance.caps.regulation_f_calls.max_attempts"));
  EXPECT_TRUE(RefusedAt({{"caps", {{"regulation_f_calls", {{"max_calls", 1}}}}}},
                        "$.compliance.caps.regulation_f_calls.max_calls"));
  EXPECT_TRUE(RefusedAt({{"caps", {{"regulation_f_calls", {{"period_days", 0}}}}}},
                        "$.compliance.caps.regulation_f_calls.period_days"));
  EXPECT_TRUE(RefusedAt({{"extra_caps", {{"mine", {{"max_attempts", 1}, {"period_days", 7}}}}}},
                        "$.compliance.extra_caps.mine.channels"));
  EXPECT_TRUE(RefusedAt(
      {{"extra_caps",
        {{"mine", {{"max_attempts", 1}, {"period_days", 7}, {"channels", json::array()}}}}}},
      "$.compliance.extra_caps.mine.channels"));
  EXPECT_TRUE(RefusedAt({{"conversation_cooldown_days", "ten"}},
                        "$.compliance.conversation_cooldown_days"));
  EXPECT_TRUE(
      RefusedAt({{"abandoned_call_gap_hours", 0}}, "$.compliance.abandoned_call_gap_hours"));
}

::testing::AssertionResult LoosensAt(std::string_view country, const json& document,
                                     const std::string& path) {
  auto read = client_overrides_from_json(document);
  if (!read.ok()) return ::testing::AssertionFailure() << read.error().message;
  auto checked = check_tightens_every_profile(country, *read, "$.compliance.");
  if (checked.ok()) return ::testing::AssertionFailure() << "accepted, expected " << path;
  if (checked.error().message.find("'" + path + "'") == std::string::npos) {
    return ::testing::AssertionFailure() << "refused with '" << checked.error().message
                                         << "', expected it to name '" << path << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST(CheckTightensEveryProfile, AcceptsOverridesThatTightenTheCountry) {
  for (const char* country : {"SI", "US", "BR", "GB"}) {
    auto read = client_overrides_from_json(
        {{"hours", {{"monday", "10:00-16:00"}}}, {"conversation_cooldown_days", 10}});
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(check_tightens_every_profile(country, *read).ok()) << country;
  }
  auto us = client_overrides_from_json(kFull);
  ASSERT_TRUE(us.ok());
  EXPECT_TRUE(check_tightens_every_profile("US", *us).ok());
}

TEST(CheckTightensEveryProfile, RefusesLooseningAnyProfileOfTheCountryNamingThePath) {
  EXPECT_TRUE(
      LoosensAt("SI", {{"hours", {{"monday", "07:00-19:00"}}}}, "$.compliance.hours.monday"));
  EXPECT_TRUE(
      LoosensAt("BR", {{"hours", {{"saturday", "08:00-12:00"}}}}, "$.compliance.hours.saturday"))
      << "São Paulo allows Saturdays, the national profile and Rio de Janeiro do not";
  EXPECT_TRUE(LoosensAt("US", {{"caps", {{"regulation_f_calls", {{"max_attempts", 8}}}}}},
                        "$.compliance.caps.regulation_f_calls.max_attempts"));
  EXPECT_TRUE(LoosensAt("US", {{"conversation_cooldown_days", 3}},
                        "$.compliance.conversation_cooldown_days"));
  EXPECT_TRUE(
      LoosensAt("GB", {{"abandoned_call_gap_hours", 24}}, "$.compliance.abandoned_call_gap_hours"));
  EXPECT_TRUE(LoosensAt("US",
                        {{"extra_caps",
                          {{"massachusetts_other_numbers",
                            {{"max_attempts", 1}, {"period_days", 30}, {"channels", {"call"}}}}}}},
                        "$.compliance.extra_caps.massachusetts_other_numbers"))
      << "a name that clashes with Massachusetts' cap would break every MA debtor's check";
}

TEST(CheckTightensEveryProfile, FailsForACountryWithoutAProfile) {
  EXPECT_FALSE(check_tightens_every_profile("DE", {}).ok());
}

}  // namespace
}  // namespace duecall::compliance
