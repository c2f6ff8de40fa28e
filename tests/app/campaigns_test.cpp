// Dialer campaigns on both stores, with fixed clocks: creating one over clients with a
// validated caller ID and cap, the state machine as the store enforces it (with who changed
// what), abandonment accounting over 24 hours and 30 days, the status's due calls and the
// gate's refusals, and the 72-hour gap the UK profile puts after an abandoned call, fed by
// the campaign's accounting, at its exact edges.
//
// 2026-11-23 is a Monday; London is on GMT (UTC+0) then.
#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "app/campaign_accounting.hpp"
#include "app/campaign_json.hpp"
#include "app/campaign_status.hpp"
#include "app/campaigns.hpp"
#include "app/clients.hpp"
#include "app/contact_check.hpp"
#include "app/import_claims.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using compliance::Refusal;
using domain::CampaignAction;
using domain::CampaignState;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "UK-1,D-1,person,Ann Smith,,+44 20 7946 0958,,,,GB,telecom,GBP,100.00,,2026-11-01,,\n"
    "UK-2,D-2,person,Bob Jones,,+44 20 7946 0959,,,,GB,telecom,GBP,50.00,,2026-11-02,,\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class CampaignsTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    for (const char* code : {"TEL", "GAS"}) {
      ASSERT_TRUE(add_client(store(), clock_,
                             {.code = code, .name = code, .country = "GB", .currency = "GBP"})
                      .ok());
    }
    auto report =
        import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "uk.csv"});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0) << report->rejects.at(0).problem.reason;
  }

  NewCampaign spring(std::string name = "spring") {
    return {.name = std::move(name),
            .client_codes = {"TEL", "GAS"},
            .mode = "progressive",
            .caller_id = "+44 20 7946 0000",
            .actor = "sara.sup"};
  }

  Result<CampaignRecord> create(const NewCampaign& input) {
    return create_campaign(store(), clock_, input);
  }

  Result<CampaignRecord> change(std::string_view campaign, CampaignAction action,
                                const std::string& actor = "sara.sup") {
    return change_campaign_state(store(), clock_, campaign, action, actor);
  }

  void attempt(const char* claim, const char* placed, bool answered, bool abandoned) {
    Instant placed_at = at(placed);
    DialAttemptInput input{.campaign = "spring",
                           .client_code = "TEL",
                           .claim_ref = claim,
                           .placed_at = placed_at,
                           .ended_at = placed_at + std::chrono::seconds(30),
                           .result = abandoned ? "abandoned" : answered ? "answered" : "no_answer"};
    if (answered || abandoned) input.answered_at = placed_at + std::chrono::seconds(5);
    if (answered && !abandoned) input.connected_at = placed_at + std::chrono::seconds(6);
    if (abandoned) input.abandoned_at = placed_at + std::chrono::seconds(7);
    auto recorded = record_dial_attempt(store(), clock_, input);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message;
    EXPECT_EQ(recorded->number_sha256.size(), 64u);
    EXPECT_EQ(recorded->number_sha256.find("7946"), std::string::npos) << "no number in clear";
  }

  compliance::Decision check_call(const char* claim, Instant when) {
    auto checked = check_contact(store(), clock_,
                                 {.client_code = "TEL", .claim_ref = claim, .at = when});
    EXPECT_TRUE(checked.ok()) << checked.error().message;
    return checked.ok() ? checked->decision : compliance::Decision{};
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

TEST_P(CampaignsTest, CreatesACampaignOverItsClientsWithTheCallerIdInE164) {
  auto created = create(spring());
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_GT(created->id, 0);
  EXPECT_EQ(created->state, CampaignState::kCreated);
  EXPECT_EQ(created->mode, domain::CampaignMode::kProgressive);
  EXPECT_EQ(created->abandon_cap_bp, 300) << "3 % unless told otherwise";
  EXPECT_EQ(created->caller_id, "+442079460000");
  EXPECT_EQ(created->client_codes, (std::vector<std::string>{"GAS", "TEL"}));
  EXPECT_EQ(created->created_by, "sara.sup");
  EXPECT_EQ(created->created_at, clock_.now());

  NewCampaign autumn = spring("autumn");
  autumn.client_codes = {"TEL"};
  autumn.abandon_cap = "2.5%";
  autumn.mode = "predictive";
  ASSERT_TRUE(create(autumn).ok());
  auto listed = list_campaigns(store());
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].name, "autumn");
  EXPECT_EQ((*listed)[1].abandon_cap_bp, 250);
  EXPECT_EQ(find_campaign(store(), "autumn")->id, (*listed)[1].id);
  EXPECT_EQ(find_campaign(store(), std::to_string(created->id))->name, "spring");
  EXPECT_EQ(find_campaign(store(), "winter").error().code, ErrorCode::kNotFound);
}

TEST_P(CampaignsTest, RefusesBadInputAndTakenNames) {
  auto code_of = [&](NewCampaign input) { return create(input).error().code; };
  NewCampaign bad = spring();
  bad.mode = "blaster";
  EXPECT_EQ(code_of(bad), ErrorCode::kInvalidArgument);
  bad = spring();
  bad.abandon_cap = "120%";
  EXPECT_EQ(code_of(bad), ErrorCode::kInvalidArgument);
  bad = spring();
  bad.caller_id = "020 7946 0000";
  EXPECT_EQ(code_of(bad), ErrorCode::kInvalidArgument) << "national form is ambiguous";
  bad = spring();
  bad.caller_id = "+44 20 1234";
  EXPECT_EQ(code_of(bad), ErrorCode::kInvalidArgument) << "not a valid number";
  bad = spring();
  bad.client_codes = {};
  EXPECT_EQ(code_of(bad), ErrorCode::kInvalidArgument);
  bad = spring();
  bad.client_codes = {"TEL", "NOPE"};
  EXPECT_EQ(code_of(bad), ErrorCode::kNotFound);
  bad = spring("2026");
  EXPECT_EQ(code_of(bad), ErrorCode::kInvalidArgument) << "a name that reads as an id";
  ASSERT_TRUE(create(spring()).ok());
  EXPECT_EQ(code_of(spring()), ErrorCode::kAlreadyExists);
  EXPECT_EQ(list_campaigns(store())->size(), 1u) << "nothing stored by refused creations";
}

TEST_P(CampaignsTest, StateChangesFollowTheMachineAndAreRecordedWithWhoMadeThem) {
  ASSERT_TRUE(create(spring()).ok());
  EXPECT_EQ(change("spring", CampaignAction::kPause).error().code,
            ErrorCode::kFailedPrecondition)
      << "a created campaign has not run";
  ASSERT_EQ(change("spring", CampaignAction::kStart)->state, CampaignState::kRunning);
  EXPECT_EQ(change("spring", CampaignAction::kStart).error().code,
            ErrorCode::kFailedPrecondition);
  ASSERT_EQ(change("spring", CampaignAction::kPause, "tim.sup")->state, CampaignState::kPaused);
  ASSERT_EQ(change("spring", CampaignAction::kStart)->state, CampaignState::kRunning);
  ASSERT_EQ(change("spring", CampaignAction::kStop, "ana.admin")->state,
            CampaignState::kStopped);
  for (auto action : {CampaignAction::kStart, CampaignAction::kPause, CampaignAction::kStop}) {
    auto refused = change("spring", action);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
    EXPECT_NE(refused.error().message.find("stopped"), std::string::npos);
  }

  auto stored = find_campaign(store(), "spring");
  EXPECT_EQ(stored->state, CampaignState::kStopped);
  EXPECT_EQ(stored->updated_by, "ana.admin");
  auto history = campaign_history(store(), "spring");
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 4u) << "refused changes leave no trace";
  EXPECT_EQ((*history)[0].from, CampaignState::kCreated);
  EXPECT_EQ((*history)[0].to, CampaignState::kRunning);
  EXPECT_EQ((*history)[1].by, "tim.sup");
  EXPECT_EQ((*history)[3].to, CampaignState::kStopped);
  EXPECT_EQ((*history)[3].at, clock_.now());
}

TEST_P(CampaignsTest, AStoreChangeFromAStateNoLongerHeldChangesNothing) {
  auto created = create(spring());
  ASSERT_TRUE(created.ok());
  auto transaction = store().begin();
  ASSERT_TRUE(transaction.ok());
  auto stale = (*transaction)->change_campaign_state({.campaign_id = created->id,
                                                      .from = CampaignState::kPaused,
                                                      .to = CampaignState::kRunning,
                                                      .at = clock_.now(),
                                                      .by = "x"});
  ASSERT_TRUE(stale.ok());
  EXPECT_FALSE(*stale);
  EXPECT_TRUE((*transaction)->campaign_state_changes(created->id)->empty());
}

TEST_P(CampaignsTest, AbandonRatesCountAbandonedOverAnsweredIn24HoursAnd30Days) {
  ASSERT_TRUE(create(spring()).ok());
  clock_ = adapters::FixedClock(at("2026-11-23T12:00:00Z"));
  // Within 24 hours: 4 answered (1 abandoned), 1 not answered.
  attempt("UK-1", "2026-11-23T09:00:00Z", true, false);
  attempt("UK-2", "2026-11-23T09:01:00Z", true, false);
  attempt("UK-2", "2026-11-23T09:02:00Z", true, false);
  attempt("UK-2", "2026-11-23T09:03:00Z", false, false);
  attempt("UK-1", "2026-11-22T12:00:00Z", false, true);  // exactly 24 hours ago: counts
  // Within 30 days but not 24 hours: 2 answered, 1 abandoned.
  attempt("UK-2", "2026-11-10T09:00:00Z", true, false);
  attempt("UK-2", "2026-11-10T09:05:00Z", false, true);
  // Older than 30 days: not counted.
  attempt("UK-2", "2026-10-01T09:00:00Z", false, true);

  auto status = campaign_status(store(), clock_, "spring");
  ASSERT_TRUE(status.ok()) << status.error().message;
  EXPECT_EQ(status->last_24h.placed, 5);
  EXPECT_EQ(status->last_24h.answered, 4);
  EXPECT_EQ(status->last_24h.abandoned, 1);
  EXPECT_EQ(status->abandon_rate_24h_bp, 2500);
  EXPECT_EQ(status->last_30d.answered, 6);
  EXPECT_EQ(status->last_30d.abandoned, 2);
  EXPECT_EQ(status->abandon_rate_30d_bp, 3333);
  EXPECT_TRUE(over_abandon_cap(*status));

  auto json = campaign_status_json(*status);
  for (const char* key : {"id", "name", "state", "mode", "abandon_cap", "abandon_rate_24h",
                          "abandon_rate_30d", "answered_24h", "abandoned_24h", "due_calls",
                          "not_contactable"}) {
    EXPECT_TRUE(json.contains(key)) << key;
  }
  EXPECT_DOUBLE_EQ(json["abandon_rate_24h"].get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(json["abandon_cap"].get<double>(), 0.03);
}

TEST_P(CampaignsTest, ACampaignWithNoAnsweredCallsHasNoRate) {
  ASSERT_TRUE(create(spring()).ok());
  attempt("UK-1", "2026-11-23T09:00:00Z", false, false);
  auto status = campaign_status(store(), clock_, "spring", false);
  ASSERT_TRUE(status.ok());
  EXPECT_FALSE(status->abandon_rate_24h_bp.has_value());
  EXPECT_FALSE(over_abandon_cap(*status));
  EXPECT_TRUE(campaign_status_json(*status, false)["abandon_rate_24h"].is_null());
}

TEST_P(CampaignsTest, AttemptsOnClaimsOfClientsTheCampaignDoesNotWorkAreRefused) {
  NewCampaign gas_only = spring();
  gas_only.client_codes = {"GAS"};
  ASSERT_TRUE(create(gas_only).ok());
  auto refused = record_dial_attempt(store(), clock_,
                                     {.campaign = "spring",
                                      .client_code = "TEL",
                                      .claim_ref = "UK-1",
                                      .placed_at = clock_.now(),
                                      .result = "no_answer"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(CampaignsTest, AnAbandonedCampaignCallBarsTheNumberFor72HoursExactly) {
  ASSERT_TRUE(create(spring()).ok());
  attempt("UK-1", "2026-11-23T09:59:53Z", false, true);  // abandoned at 10:00:00
  Instant abandoned = at("2026-11-23T10:00:00Z");

  auto just_before = check_call("UK-1", abandoned + std::chrono::hours(72) -
                                            std::chrono::minutes(1));
  EXPECT_FALSE(just_before.allowed);
  EXPECT_TRUE(just_before.refused_by(Refusal::repeat_call_too_soon_after_abandoned_call));
  EXPECT_EQ(just_before.next_allowed_at, abandoned + std::chrono::hours(72));

  auto at_the_edge = check_call("UK-1", abandoned + std::chrono::hours(72));
  EXPECT_FALSE(at_the_edge.refused_by(Refusal::repeat_call_too_soon_after_abandoned_call));
  EXPECT_TRUE(at_the_edge.allowed);

  EXPECT_FALSE(check_call("UK-2", abandoned + std::chrono::hours(1))
                   .refused_by(Refusal::repeat_call_too_soon_after_abandoned_call))
      << "another debtor's number";
}

TEST_P(CampaignsTest, AnsweredCallsThatWereNotAbandonedDoNotBarTheNumber) {
  ASSERT_TRUE(create(spring()).ok());
  attempt("UK-1", "2026-11-23T09:59:00Z", true, false);
  EXPECT_FALSE(check_call("UK-1", at("2026-11-23T11:00:00Z"))
                   .refused_by(Refusal::repeat_call_too_soon_after_abandoned_call));
}

INSTANTIATE_STORE_TESTS(CampaignsTest);

}  // namespace
}  // namespace duecall::app
