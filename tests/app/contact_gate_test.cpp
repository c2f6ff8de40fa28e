// The compliance gate fed from the store, on both real stores: holds placed and lifted,
// the do-not-call list, logged contacts counted by caps, and calling hours at their exact
// edges. Claims come in through intake; each use case runs with a fixed clock, and every
// change must land on the case timeline with the hash chain intact.
//
// 2026-11-23 is a Monday; Slovenia is on CET (UTC+1) and New York on EST (UTC-5) then.
#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "app/audit.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "app/compliance_overrides.hpp"
#include "app/contact_check.hpp"
#include "app/contact_log.hpp"
#include "app/do_not_call.hpp"
#include "app/holds.hpp"
#include "app/import_claims.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using compliance::Refusal;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna "
    "1,Kranj,SI,telecom,EUR,100.00,5.00,2026-11-01,,\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,50.00,,2026-11-02,,\n"
    "B-1,D-2,person,Bine Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,70.00,,2026-11-02,,\n"
    "US-1,D-US,person,John Doe,,+1 201 555 0123,,,,US,telecom,EUR,90.00,,2026-11-02,,"
    "America/New_York\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class ContactGateTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    import_sample();
  }

  void import_sample() {
    auto report = import_claims(store(), clock_, kClaims,
                                {.client_code = "TEL", .file_name = "contacts.csv"});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0)
        << report->rejects.at(0).problem.column << ": " << report->rejects.at(0).problem.reason;
  }

  compliance::Decision check(const char* claim, const char* when,
                             compliance::Channel channel = compliance::Channel::call) {
    auto checked = check_contact(
        store(), clock_,
        {.client_code = "TEL", .claim_ref = claim, .channel = channel, .at = at(when)});
    EXPECT_TRUE(checked.ok()) << checked.error().message;
    return checked.ok() ? checked->decision : compliance::Decision{};
  }

  HoldChange hold(TargetScope scope, const char* ref, compliance::HoldKind kind) {
    return {.target = {.client_code = "TEL", .scope = scope, .ref = ref},
            .kind = kind,
            .note = "letter of 2026-11-20",
            .actor = "tester"};
  }

  void log_call(const char* claim, const char* when,
                compliance::ContactResult result = compliance::ContactResult::no_answer) {
    auto logged = log_contact(store(), clock_,
                              {.client_code = "TEL",
                               .claim_ref = claim,
                               .result = result,
                               .at = at(when),
                               .actor = "tester"});
    ASSERT_TRUE(logged.ok()) << logged.error().message;
  }

  std::vector<std::string> timeline_kinds(const char* ref) {
    std::vector<std::string> kinds;
    auto file = find_case_file(store(), "TEL", ref);
    EXPECT_TRUE(file.ok());
    if (!file.ok()) return kinds;
    for (const auto& event : file->timeline) kinds.push_back(event.kind);
    return kinds;
  }

  void expect_audit_intact() {
    auto report = verify_audit(store());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->first_broken.has_value()) << report->first_broken->reason;
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

TEST_P(ContactGateTest, ADisputeOnAClaimRefusesContactUntilItIsLifted) {
  EXPECT_TRUE(check("A-1", "2026-11-23T10:00:00Z").allowed);
  ASSERT_TRUE(
      place_hold(store(), clock_, hold(TargetScope::kClaim, "A-1", compliance::HoldKind::dispute))
          .ok());
  auto held = check("A-1", "2026-11-23T10:00:00Z");
  EXPECT_FALSE(held.allowed);
  EXPECT_TRUE(held.refused_by(Refusal::debt_is_disputed));
  EXPECT_FALSE(held.next_allowed_at.has_value()) << "a standing hold has no end in sight";
  EXPECT_TRUE(check("A-2", "2026-11-23T10:00:00Z").allowed) << "the hold binds its claim only";

  adapters::FixedClock later(at("2026-11-23T11:00:00Z"));
  ASSERT_TRUE(
      lift_hold(store(), later, hold(TargetScope::kClaim, "A-1", compliance::HoldKind::dispute))
          .ok());
  EXPECT_TRUE(check("A-1", "2026-11-23T11:00:00Z").allowed);
  auto before_lifting = check("A-1", "2026-11-23T10:30:00Z");
  EXPECT_TRUE(before_lifting.refused_by(Refusal::debt_is_disputed));
  EXPECT_EQ(before_lifting.next_allowed_at, at("2026-11-23T11:00:00Z"));
  EXPECT_EQ(timeline_kinds("D-1"), (std::vector<std::string>{"claim_placed", "claim_placed",
                                                             "hold_placed", "hold_lifted"}));
  expect_audit_intact();
}

TEST_P(ContactGateTest, AHoldOnADebtorBindsEveryClaimOfTheCase) {
  ASSERT_TRUE(place_hold(store(), clock_,
                         hold(TargetScope::kDebtor, "D-1", compliance::HoldKind::cease_contact))
                  .ok());
  for (const char* claim : {"A-1", "A-2"}) {
    auto decision = check(claim, "2026-11-23T10:00:00Z", compliance::Channel::letter);
    EXPECT_TRUE(decision.refused_by(Refusal::debtor_asked_to_cease_contact)) << claim;
  }
  EXPECT_TRUE(check("B-1", "2026-11-23T10:00:00Z").allowed) << "another debtor's case";
  auto listed =
      list_holds(store(), {.client_code = "TEL", .scope = TargetScope::kClaim, .ref = "A-2"});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->at(0).claim_ref, "");
  EXPECT_EQ(listed->at(0).hold.note, "letter of 2026-11-20");
}

TEST_P(ContactGateTest, ASecondStandingHoldOfAKindAndLiftingNoHoldAreRefused) {
  auto change = hold(TargetScope::kClaim, "A-1", compliance::HoldKind::deceased);
  ASSERT_TRUE(place_hold(store(), clock_, change).ok());
  auto again = place_hold(store(), clock_, change);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  auto none = lift_hold(store(), clock_,
                        hold(TargetScope::kClaim, "A-1", compliance::HoldKind::insolvency));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::kNotFound);
  auto unknown =
      place_hold(store(), clock_, hold(TargetScope::kClaim, "NOPE", compliance::HoldKind::dispute));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_P(ContactGateTest, ANumberOnTheDoNotCallListIsNotCalledUntilRemovedAndSurvivesReimport) {
  auto added = add_to_do_not_call(store(), clock_, "040 123 456", "asked us to stop", "tester");
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added->number, "+38640123456");
  EXPECT_EQ(added->cases_noted, 2) << "D-1 and D-2 share the number";
  import_sample();
  auto listed = list_do_not_call(store()).value();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].reason, "asked us to stop");

  auto refused = check("B-1", "2026-11-23T10:00:00Z");
  EXPECT_TRUE(refused.refused_by(Refusal::number_is_on_do_not_call_list));
  EXPECT_FALSE(refused.next_allowed_at.has_value());
  EXPECT_TRUE(check("B-1", "2026-11-23T10:00:00Z", compliance::Channel::letter).allowed)
      << "a letter does not go to the number";
  auto twice = add_to_do_not_call(store(), clock_, "+38640123456", "", "tester");
  EXPECT_EQ(twice.error().code, ErrorCode::kAlreadyExists);

  ASSERT_TRUE(remove_from_do_not_call(store(), clock_, "+386 40 123 456", "tester").ok());
  EXPECT_TRUE(check("B-1", "2026-11-23T10:00:00Z").allowed);
  auto again = remove_from_do_not_call(store(), clock_, "+38640123456", "tester");
  EXPECT_EQ(again.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(add_to_do_not_call(store(), clock_, "12", "", "tester").error().code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(timeline_kinds("D-2"),
            (std::vector<std::string>{"claim_placed", "do_not_call_added", "do_not_call_removed"}));
  expect_audit_intact();
}

TEST_P(ContactGateTest, SlovenianCallingHoursOpenAtEightAndCloseAtSevenLocalTime) {
  auto early = check("A-1", "2026-11-23T07:59:59+01:00");
  EXPECT_TRUE(early.refused_by(Refusal::contact_outside_permitted_hours));
  EXPECT_EQ(early.next_allowed_at, at("2026-11-23T07:00:00Z"));
  EXPECT_TRUE(check("A-1", "2026-11-23T08:00:00+01:00").allowed);
  EXPECT_TRUE(check("A-1", "2026-11-23T18:59:59+01:00").allowed);
  auto closing = check("A-1", "2026-11-23T19:00:00+01:00");
  EXPECT_TRUE(closing.refused_by(Refusal::contact_outside_permitted_hours));
  EXPECT_EQ(closing.next_allowed_at, at("2026-11-24T07:00:00Z"));
  auto friday = check("A-1", "2026-11-27T19:00:00+01:00");
  EXPECT_EQ(friday.next_allowed_at, at("2026-11-30T07:00:00Z")) << "Monday 08:00 in Ljubljana";
}

TEST_P(ContactGateTest, TheEighthCallAboutAUsDebtWithinSevenDaysIsRefused) {
  // Seven unanswered calls on Friday 2026-11-20, 10:00 to 16:00 in New York, and a busy
  // line, which Regulation F does not count.
  for (const char* when :
       {"2026-11-20T15:00:00Z", "2026-11-20T16:00:00Z", "2026-11-20T17:00:00Z",
        "2026-11-20T18:00:00Z", "2026-11-20T19:00:00Z", "2026-11-20T20:00:00Z"}) {
    log_call("US-1", when);
  }
  log_call("US-1", "2026-11-20T20:30:00Z", compliance::ContactResult::busy);
  EXPECT_TRUE(check("US-1", "2026-11-23T15:00:00Z").allowed) << "six counted calls so far";
  log_call("US-1", "2026-11-20T21:00:00Z");
  auto capped = check("US-1", "2026-11-23T15:00:00Z");
  EXPECT_FALSE(capped.allowed);
  EXPECT_TRUE(capped.refused_by(Refusal::attempt_cap_reached));
  // The calls of the 20th stop counting when the 27th begins in New York; calling hours
  // there open at 08:00 EST.
  EXPECT_EQ(capped.next_allowed_at, at("2026-11-27T13:00:00Z"));
  EXPECT_TRUE(check("US-1", "2026-11-20T14:00:00Z").allowed)
      << "calls logged later than the instant asked about have not happened yet";
  auto file = find_case_file(store(), "TEL", "US-1").value();
  EXPECT_EQ(file.timeline.back().kind, "contact_attempted");
  EXPECT_NE(file.timeline.back().payload.find("\"to\":\"+12015550123\""), std::string::npos);
  expect_audit_intact();
}

TEST_P(ContactGateTest, CheckingAnUnknownClaimIsAnErrorNotARefusal) {
  auto checked = check_contact(store(), clock_, {.client_code = "TEL", .claim_ref = "NOPE"});
  ASSERT_FALSE(checked.ok());
  EXPECT_EQ(checked.error().code, ErrorCode::kNotFound);
}

// A client whose policy narrows Slovenian hours to 09:00-18:00 on weekdays.
constexpr const char* kNarrowPolicy = R"({"compliance": {"hours": {
    "monday": "09:00-18:00", "tuesday": "09:00-18:00", "wednesday": "09:00-18:00",
    "thursday": "09:00-18:00", "friday": "09:00-18:00"}}})";

TEST_P(ContactGateTest, AClientsNarrowerHoursRefuseWhatTheProfileAloneAllows) {
  auto added = add_client(store(), clock_,
                          {.code = "NAR",
                           .name = "Narrow d.o.o.",
                           .country = "SI",
                           .currency = "EUR",
                           .policy = nlohmann::json::parse(kNarrowPolicy)});
  ASSERT_TRUE(added.ok()) << added.error().message;
  auto report = import_claims(
      store(), clock_,
      "client_ref,debtor_ref,debtor_type,name,phone,country,currency,principal,due_date\n"
      "N-1,D-N,person,Nina Kos,+386 40 123 457,SI,EUR,80.00,2026-11-01\n",
      {.client_code = "NAR", .file_name = "narrow.csv"});
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_EQ(report->rejected, 0);

  EXPECT_TRUE(check("A-1", "2026-11-23T18:30:00+01:00").allowed) << "SI allows until 19:00";
  auto narrow = check_contact(
      store(), clock_,
      {.client_code = "NAR", .claim_ref = "N-1", .at = at("2026-11-23T18:30:00+01:00")});
  ASSERT_TRUE(narrow.ok()) << narrow.error().message;
  EXPECT_FALSE(narrow->decision.allowed);
  EXPECT_TRUE(narrow->decision.refused_by(Refusal::contact_outside_permitted_hours));
  EXPECT_EQ(narrow->decision.next_allowed_at, at("2026-11-24T08:00:00Z")) << "09:00 CET";
}

TEST_P(ContactGateTest, APolicyThatLoosensTheProfileIsRefusedAtClientAddNamingThePath) {
  auto added = add_client(
      store(), clock_,
      {.code = "LOO",
       .name = "Loose d.o.o.",
       .country = "SI",
       .currency = "EUR",
       .policy = nlohmann::json::parse(R"({"compliance": {"hours": {"monday": "07:00-19:00"}}})")});
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(added.error().message.find("'$.compliance.hours.monday'"), std::string::npos)
      << added.error().message;
  auto malformed = add_client(
      store(), clock_,
      {.code = "BAD",
       .name = "Bad d.o.o.",
       .country = "SI",
       .currency = "EUR",
       .policy = nlohmann::json::parse(R"({"compliance": {"hours": {"mon": "09:00-17:00"}}})")});
  ASSERT_FALSE(malformed.ok());
  EXPECT_TRUE(malformed.error().message.starts_with("$.compliance.hours.mon: "))
      << malformed.error().message;
  auto clients = list_clients(store());
  ASSERT_TRUE(clients.ok());
  EXPECT_EQ(clients->size(), 1u) << "neither client was stored";
}

TEST_P(ContactGateTest, AStoredPolicyKeepsItsOverridesInCanonicalForm) {
  auto added = add_client(store(), clock_,
                          {.code = "NAR",
                           .name = "Narrow d.o.o.",
                           .country = "SI",
                           .currency = "EUR",
                           .policy = nlohmann::json::parse(kNarrowPolicy)});
  ASSERT_TRUE(added.ok()) << added.error().message;
  auto clients = list_clients(store()).value();
  ASSERT_EQ(clients.size(), 2u);
  const auto& stored = clients[0].code == "NAR" ? clients[0] : clients[1];
  EXPECT_EQ(stored.policy.compliance["hours"]["friday"], "09:00-18:00");
  auto overrides = compliance_overrides_of(stored);
  ASSERT_TRUE(overrides.ok()) << overrides.error().message;
  ASSERT_TRUE(overrides->hours.has_value());
  EXPECT_FALSE(overrides->hours->on(date::Saturday).has_value());
}

TEST_P(ContactGateTest, AUsAddressInMassachusettsBringsItsCapsEvenWhenTheZipSaysNewYork) {
  auto report = import_claims(
      store(), clock_,
      "client_ref,debtor_ref,debtor_type,name,phone,address,city,postal_code,country,currency,"
      "principal,due_date\n"
      "MA-1,D-MA,person,Mary Roe,+1 201 555 0199,1 Main St,\"Boston, MA\",10001,US,EUR,60.00,"
      "2026-11-02\n",
      {.client_code = "TEL", .file_name = "ma.csv"});
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_EQ(report->rejected, 0);
  log_call("MA-1", "2026-11-20T15:00:00Z");
  EXPECT_TRUE(check("MA-1", "2026-11-23T15:00:00Z").allowed) << "one call so far";
  log_call("MA-1", "2026-11-20T16:00:00Z");
  auto capped = check("MA-1", "2026-11-23T15:00:00Z");
  EXPECT_FALSE(capped.allowed) << "Massachusetts allows two calls in seven days";
  EXPECT_TRUE(capped.refused_by(Refusal::attempt_cap_reached));
  EXPECT_TRUE(check("US-1", "2026-11-23T15:00:00Z").allowed)
      << "the New Jersey debtor without an address falls under Regulation F alone";
}

INSTANTIATE_STORE_TESTS(ContactGateTest);

}  // namespace
}  // namespace duecall::app
