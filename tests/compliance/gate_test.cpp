// The gate as a whole: every refusing rule is reported, and the earliest allowed instant
// is where all rules agree (hours, then holidays, then hours again; caps and pauses that
// end at night, then the next morning). Requests go through `decide`, which picks the
// built-in profile by country and state.
#include "compliance/gate.hpp"

#include <gtest/gtest.h>

#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using testing::call_at;
using testing::instant;
using testing::iso;
using testing::past_call;

Decision decided(ContactRequest request, std::string country,
                 std::optional<std::string> region = std::nullopt) {
  request.country = std::move(country);
  request.region = std::move(region);
  auto decision = decide(request);
  EXPECT_TRUE(decision.ok()) << decision.error().message;
  return decision.ok() ? *decision : Decision{};
}

TEST(ComplianceGate, AnAllowedContactIsAllowedNow) {
  auto decision = decided(call_at("2026-03-11T10:00:00+01:00"), "SI");
  EXPECT_TRUE(decision.allowed);
  EXPECT_TRUE(decision.reasons.empty());
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-03-11T09:00:00Z");
}

TEST(ComplianceGate, SloveniaIsTheDefaultWhenNoCountryIsGiven) {
  auto decision = decided(call_at("2026-03-13T19:00:00+01:00"), "");
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-03-16T07:00:00Z");
}

TEST(ComplianceGate, FridayEveningBeforeEasterMondayWaitsForTuesday) {
  // Friday 3 April 2026 19:00; Saturday and Sunday are closed and Monday 6 April is Easter
  // Monday, so Tuesday 08:00 CEST.
  auto decision = decided(call_at("2026-04-03T19:00:00+02:00"), "SI");
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-04-07T06:00:00Z");
  // And in 2027, when Easter Monday (29 March) follows the clock change.
  EXPECT_EQ(iso(decided(call_at("2027-03-26T19:00:00+01:00"), "SI").next_allowed_at),
            "2027-03-30T06:00:00Z");
}

TEST(ComplianceGate, ReportsEveryRefusingRuleAtOnce) {
  auto request = call_at("2026-04-06T07:00:00+02:00");  // Easter Monday, before 08:00
  request.holds.push_back(
      {HoldKind::dispute, instant("2026-04-01T00:00:00Z"), instant("2026-04-10T00:00:00Z")});
  auto decision = decided(request, "SI");
  EXPECT_FALSE(decision.allowed);
  EXPECT_TRUE(decision.refused_by(Refusal::debt_is_disputed));
  EXPECT_TRUE(decision.refused_by(Refusal::contact_outside_permitted_hours));
  EXPECT_TRUE(decision.refused_by(Refusal::contact_on_public_holiday));
  EXPECT_EQ(decision.reasons.size(), 3u);
  // The dispute ends on Friday 10 April at 02:00 local, so 08:00 that morning.
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-04-10T06:00:00Z");
}

TEST(ComplianceGate, AStandingHoldMeansNeverWhateverElseSays) {
  auto request = call_at("2026-03-13T19:00:00+01:00");
  request.holds.push_back({HoldKind::deceased, instant("2026-03-01T00:00:00Z"), std::nullopt});
  auto decision = decided(request, "SI");
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(decision.reasons.size(), 2u);
  EXPECT_FALSE(decision.next_allowed_at.has_value());
}

TEST(ComplianceGate, AHoldPlacedAndLiftedAllowsAgainInTheNextWindow) {
  Hold lawyer{HoldKind::represented_by_lawyer, instant("2026-03-10T12:00:00Z"),
              instant("2026-03-12T20:00:00Z")};
  auto before = call_at("2026-03-10T12:59:59+01:00");
  before.holds.push_back(lawyer);
  EXPECT_TRUE(decided(before, "SI").allowed);
  auto during = call_at("2026-03-11T10:00:00+01:00");
  during.holds.push_back(lawyer);
  auto decision = decided(during, "SI");
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(decision.reasons.front().rule, Refusal::debtor_is_represented_by_lawyer);
  // Lifted Thursday 21:00 local, after hours: Friday 08:00.
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-03-13T07:00:00Z");
}

TEST(ComplianceGate, TheEighthUsCallWaitsForTheCapAndThenForTheMorning) {
  auto request = call_at("2026-01-11T18:00:00-05:00", {"America/New_York"});
  for (int day = 5; day <= 11; ++day) {
    request.history.push_back(past_call("2026-01-" + std::string(day < 10 ? "0" : "") +
                                        std::to_string(day) + "T10:00:00-05:00"));
  }
  auto decision = decided(request, "US");
  EXPECT_FALSE(decision.allowed);
  ASSERT_EQ(decision.reasons.size(), 1u);
  EXPECT_EQ(decision.reasons[0].rule, Refusal::attempt_cap_reached);
  // The cap releases at midnight, the window at 08:00 EST on Monday 12 January.
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-01-12T13:00:00Z");
}

TEST(ComplianceGate, AUsConversationPausesCallsButNotEmail) {
  auto request = call_at("2026-01-06T12:00:00-05:00", {"America/New_York"});
  request.history.push_back(past_call("2026-01-05T10:00:00-05:00", ContactResult::right_party));
  auto call = decided(request, "US");
  EXPECT_TRUE(call.refused_by(Refusal::call_within_conversation_cooldown));
  EXPECT_EQ(iso(call.next_allowed_at), "2026-01-12T13:00:00Z");
  request.channel = Channel::email;
  EXPECT_TRUE(decided(request, "US").allowed);
}

TEST(ComplianceGate, UkAbandonedCallEdgeFallsInsideTheWindow) {
  auto request = call_at("2026-06-04T10:59:59+01:00", {"Europe/London"});
  auto abandoned = past_call("2026-06-01T11:00:00+01:00", ContactResult::right_party);
  abandoned.abandoned = true;
  request.history.push_back(abandoned);
  auto decision = decided(request, "GB");
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-06-04T10:00:00Z");
  request.at = instant("2026-06-04T11:00:00+01:00");
  EXPECT_TRUE(decided(request, "GB").allowed);
}

TEST(ComplianceGate, UkCallAfterHoursWaitsForTheLaterOfTheGapAndTheWindow) {
  auto request = call_at("2026-06-01T21:30:00+01:00", {"Europe/London"});
  auto abandoned = past_call("2026-06-01T20:59:00+01:00");
  abandoned.abandoned = true;
  request.history.push_back(abandoned);
  auto decision = decided(request, "GB");
  EXPECT_EQ(decision.reasons.size(), 2u);
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-06-04T19:59:00Z");
}

TEST(ComplianceGate, SaoPauloSaturdayAfternoonWaitsPastAHolidayMonday) {
  // Saturday 14 Feb 2026 14:00; Carnival Monday and Tuesday follow: Wednesday 08:00.
  auto decision = decided(call_at("2026-02-14T14:00:00-03:00"), "BR", "SP");
  EXPECT_FALSE(decision.allowed);
  EXPECT_EQ(iso(decision.next_allowed_at), "2026-02-18T11:00:00Z");
  EXPECT_TRUE(decided(call_at("2026-02-14T13:59:00-03:00"), "BR", "SP").allowed);
}

TEST(ComplianceGate, DoNotCallLeavesLettersPossible) {
  auto request = call_at("2026-03-11T10:00:00+01:00");
  request.number_on_dnc = true;
  auto call = decided(request, "SI");
  EXPECT_FALSE(call.allowed);
  EXPECT_FALSE(call.next_allowed_at.has_value());
  request.channel = Channel::letter;
  EXPECT_TRUE(decided(request, "SI").allowed);
}

TEST(ComplianceGate, UnknownCountriesAndStatesAreErrors) {
  auto request = call_at("2026-03-11T10:00:00+01:00");
  request.country = "DE";
  auto german = decide(request);
  ASSERT_FALSE(german.ok());
  EXPECT_EQ(german.error().code, ErrorCode::kNotFound);
  request.country = "BR";
  request.region = "XX";
  EXPECT_FALSE(decide(request).ok());
}

TEST(ComplianceGate, ClientOverridesNarrowTheDecision) {
  ClientOverrides overrides;
  overrides.hours = WeeklyHours::monday_to_friday({std::chrono::hours(9), std::chrono::hours(17)});
  auto request = call_at("2026-03-11T08:30:00+01:00");
  request.country = "SI";
  auto decision = decide(request, overrides);
  ASSERT_TRUE(decision.ok());
  EXPECT_FALSE(decision->allowed);
  EXPECT_EQ(iso(decision->next_allowed_at), "2026-03-11T08:00:00Z");
}

TEST(ComplianceGate, LaterHistoryEntriesCannotAffectTheAnswer) {
  auto request = call_at("2026-01-05T12:00:00-05:00", {"America/New_York"});
  request.history.push_back(past_call("2026-01-05T12:30:00-05:00", ContactResult::right_party));
  EXPECT_TRUE(decided(request, "US").allowed);
}

}  // namespace
}  // namespace duecall::compliance
