// Recording contacts with outcomes and minutes, on both real stores: each outcome's effects
// (to-do items, the dispute hold) land in the same transaction as the contact, refusals
// write nothing, the contact's actor is the named operator, the timeline event carries
// outcome and minutes, and minutes to e-mail are queued in the outbox, where a failed send
// (a real SMTP client against a port nobody listens on) leaves them queued with the error.
//
// The clock is fixed at Monday 2026-11-23 10:00 UTC (11:00 in Ljubljana).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "adapters/clock/system_clock.hpp"
#include "adapters/passwords/argon2_password_hasher.hpp"
#include "adapters/mail/curl_mailer.hpp"
#include "app/audit.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "app/contact_check.hpp"
#include "app/contact_log.hpp"
#include "app/import_claims.hpp"
#include "app/mail_outbox.hpp"
#include "app/users.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using compliance::ContactResult;
using domain::ContactOutcome;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,phone,country,claim_type,currency,principal,"
    "due_date\n"
    "A-1,D-1,person,Ana Kos,+386 40 123 456,SI,telecom,EUR,100.00,2026-11-01\n"
    "B-1,D-2,person,Bine Kos,+386 41 123 456,SI,telecom,EUR,70.00,2026-11-02\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class ContactLogTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    auto report =
        import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "claims.csv"});
    ASSERT_TRUE(report.ok() && report->rejected == 0);
    auto hasher = adapters::Argon2PasswordHasher::create(
        adapters::Argon2PasswordHasher::cheapest_cost_for_test());
    ASSERT_TRUE(hasher.ok());
    for (auto [login, role] : {std::pair{"mojca", "operator"}, std::pair{"gone", "operator"},
                               std::pair{"aud", "auditor"}}) {
      auto added = add_user(store(), **hasher, clock_,
                            {.login = login, .name = login, .role = role}, "correct horse battery");
      ASSERT_TRUE(added.ok()) << added.error().message;
    }
    ASSERT_TRUE(disable_user(store(), clock_, "gone").ok());
  }

  ContactLogInput right_party(std::optional<ContactOutcome> outcome) {
    return {.client_code = "TEL",
            .claim_ref = "A-1",
            .result = ContactResult::right_party,
            .actor = "cli",
            .operator_login = "mojca",
            .outcome = outcome};
  }

  std::vector<domain::TimelineEvent> timeline(const char* ref = "A-1") {
    auto file = find_case_file(store(), "TEL", ref);
    EXPECT_TRUE(file.ok());
    return file.ok() ? file->timeline : std::vector<domain::TimelineEvent>{};
  }

  std::size_t contacts_recorded() {
    auto transaction = store().begin();
    auto counts = (*transaction)->count_rows();
    for (const auto& count : *counts) {
      if (count.table == "contacts") return static_cast<std::size_t>(count.rows);
    }
    return 0;
  }

  std::vector<TodoItemRecord> open_items(const char* kind) {
    auto transaction = store().begin();
    auto items = (*transaction)->open_todo_items(kind);
    EXPECT_TRUE(items.ok());
    return items.ok() ? *items : std::vector<TodoItemRecord>{};
  }

  void expect_audit_intact() {
    auto report = verify_audit(store());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->first_broken.has_value());
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

TEST_P(ContactLogTest, ACallbackCreatesATodoForTheOperatorDueAtTheCallbackTime) {
  ContactLogInput input = right_party(ContactOutcome::kCallback);
  input.callback_at = at("2026-11-24T15:00:00Z");
  input.minutes = {.spoke_with = "dolžnica",
                   .identity_verified = true,
                   .summary = "Prosi za klic jutri ob 16h."};
  auto logged = log_contact(store(), clock_, input);
  ASSERT_TRUE(logged.ok()) << logged.error().message;
  EXPECT_EQ(logged->contact.actor, "mojca");
  ASSERT_EQ(logged->todo_items.size(), 1u);

  auto callbacks = open_items(kTodoCallback);
  ASSERT_EQ(callbacks.size(), 1u);
  EXPECT_EQ(callbacks[0].operator_login, "mojca");
  EXPECT_EQ(callbacks[0].due_at, at("2026-11-24T15:00:00Z"));
  EXPECT_EQ(callbacks[0].claim_ref, "A-1");

  auto transaction = store().begin();
  auto stored =
      (*transaction)->contacts_of_case(logged->contact.case_id, at("2026-11-01T00:00:00Z"));
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ((*stored)[0].outcome, ContactOutcome::kCallback);
  EXPECT_EQ((*stored)[0].callback_at, at("2026-11-24T15:00:00Z"));
  EXPECT_EQ((*stored)[0].operator_login, "mojca");
  EXPECT_EQ((*stored)[0].minutes, input.minutes);
  (*transaction).reset();

  auto events = timeline();
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().kind, "contact_attempted");
  EXPECT_EQ(events.back().actor, "mojca");
  auto payload = nlohmann::json::parse(events.back().payload);
  EXPECT_EQ(payload["outcome"], "callback");
  EXPECT_EQ(payload["callback_at"], "2026-11-24T15:00:00Z");
  EXPECT_EQ(payload["minutes"]["summary"], "Prosi za klic jutri ob 16h.");
  EXPECT_EQ(payload["minutes"]["identity_verified"], true);
  expect_audit_intact();
}

TEST_P(ContactLogTest, ADisputePlacesADisputeHoldOnTheClaimAndAReviewTodoOnce) {
  auto logged = log_contact(store(), clock_, right_party(ContactOutcome::kDispute));
  ASSERT_TRUE(logged.ok()) << logged.error().message;
  ASSERT_TRUE(logged->hold.has_value());
  EXPECT_EQ(open_items(kTodoDisputeReview).size(), 1u);
  auto checked = check_contact(store(), clock_, {.client_code = "TEL", .claim_ref = "A-1"});
  ASSERT_TRUE(checked.ok());
  EXPECT_TRUE(checked->decision.refused_by(compliance::Refusal::debt_is_disputed));
  EXPECT_TRUE(
      check_contact(store(), clock_, {.client_code = "TEL", .claim_ref = "B-1"})->decision.allowed);

  auto again = log_contact(store(), clock_, right_party(ContactOutcome::kDispute));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->hold.has_value()) << "the standing hold is kept, not doubled";
  EXPECT_EQ(open_items(kTodoDisputeReview).size(), 2u);
  std::vector<std::string> kinds;
  for (const auto& event : timeline()) kinds.push_back(event.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"claim_placed", "contact_attempted", "hold_placed",
                                             "contact_attempted"}));
  expect_audit_intact();
}

TEST_P(ContactLogTest, AlreadyPaidAndHardshipCreateTheirReviewsAndOtherOutcomesNothing) {
  ASSERT_TRUE(log_contact(store(), clock_, right_party(ContactOutcome::kAlreadyPaid)).ok());
  ASSERT_TRUE(log_contact(store(), clock_, right_party(ContactOutcome::kHardship)).ok());
  for (ContactOutcome quiet :
       {ContactOutcome::kPromise, ContactOutcome::kRefusal, ContactOutcome::kSettlement}) {
    auto logged = log_contact(store(), clock_, right_party(quiet));
    ASSERT_TRUE(logged.ok());
    EXPECT_TRUE(logged->todo_items.empty());
  }
  EXPECT_EQ(open_items(kTodoPaymentCheck).size(), 1u);
  EXPECT_EQ(open_items(kTodoHardshipReview).size(), 1u);
  EXPECT_FALSE(open_items(kTodoHardshipReview)[0].operator_login.has_value());
}

TEST_P(ContactLogTest, RefusalsOfTheOutcomeRulesAndOfTheOperatorWriteNothing) {
  ContactLogInput no_conversation = right_party(ContactOutcome::kPromise);
  no_conversation.result = ContactResult::voicemail;
  ContactLogInput callback_without_time = right_party(ContactOutcome::kCallback);
  ContactLogInput callback_in_the_past = right_party(ContactOutcome::kCallback);
  callback_in_the_past.callback_at = at("2026-11-23T09:00:00Z");
  ContactLogInput disabled = right_party(std::nullopt);
  disabled.operator_login = "gone";
  ContactLogInput unknown = right_party(std::nullopt);
  unknown.operator_login = "nobody";
  ContactLogInput auditor = right_party(std::nullopt);
  auditor.operator_login = "aud";
  for (const auto& input :
       {no_conversation, callback_without_time, callback_in_the_past, disabled, unknown, auditor}) {
    EXPECT_FALSE(log_contact(store(), clock_, input).ok());
  }
  EXPECT_EQ(contacts_recorded(), 0u);
  EXPECT_EQ(timeline().size(), 1u);
}

TEST_P(ContactLogTest, WithoutAnOperatorTheEnteringActorStays) {
  ContactLogInput input{.client_code = "TEL", .claim_ref = "A-1", .actor = "cli"};
  auto logged = log_contact(store(), clock_, input);
  ASSERT_TRUE(logged.ok());
  EXPECT_EQ(logged->contact.actor, "cli");
  EXPECT_FALSE(logged->contact.operator_login.has_value());
  auto payload = nlohmann::json::parse(timeline().back().payload);
  EXPECT_FALSE(payload.contains("outcome"));
  EXPECT_FALSE(payload.contains("minutes"));
}

TEST_P(ContactLogTest, ContactPersonsAreValidatedAndReplacedWhole) {
  EXPECT_FALSE(set_contact_persons(store(), "TEL", {"Maja <maja@telco>"}).ok());
  EXPECT_FALSE(set_contact_persons(store(), "TEL", {"a@telco.si", "A <a@telco.si>"}).ok());
  EXPECT_EQ(set_contact_persons(store(), "NOPE", {"a@telco.si"}).error().code,
            ErrorCode::kNotFound);
  ASSERT_TRUE(
      set_contact_persons(store(), "TEL", {"Maja Žagar <maja@Telco.si>", "izterjava@telco.si"})
          .ok());
  auto client = find_client(store(), "TEL");
  ASSERT_TRUE(client.ok());
  ASSERT_EQ(client->policy.contact_persons.size(), 2u);
  EXPECT_EQ(client->policy.contact_persons[0].name, "Maja Žagar");
  EXPECT_EQ(client->policy.contact_persons[0].email, "maja@telco.si");
  ASSERT_TRUE(set_contact_persons(store(), "TEL", {}).ok());
  EXPECT_TRUE(find_client(store(), "TEL")->policy.contact_persons.empty());
}

TEST_P(ContactLogTest, MinutesForAClientWithoutContactPersonsAreRefusedBeforeAnythingIsWritten) {
  ContactLogInput input = right_party(ContactOutcome::kRefusal);
  input.email_minutes_from = domain::Mailbox{"Agencija", "zapisniki@agencija.si"};
  auto logged = log_contact(store(), clock_, input);
  ASSERT_FALSE(logged.ok());
  EXPECT_EQ(logged.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(contacts_recorded(), 0u);
}

TEST_P(ContactLogTest, QueuedMinutesStayQueuedWithTheErrorWhileTheServerIsDown) {
  ASSERT_TRUE(set_contact_persons(store(), "TEL", {"Maja Žagar <maja@telco.si>"}).ok());
  ContactLogInput input = right_party(ContactOutcome::kPromise);
  input.minutes.summary = "Plača v petek.";
  input.email_minutes_from = domain::Mailbox{"Agencija", "zapisniki@agencija.si"};
  auto logged = log_contact(store(), clock_, input);
  ASSERT_TRUE(logged.ok()) << logged.error().message;
  ASSERT_TRUE(logged->mail.has_value());
  EXPECT_EQ(logged->mail->recipients, std::vector<std::string>{"maja@telco.si"});
  EXPECT_EQ(logged->mail->sha256, to_hex(Sha256::of(logged->mail->message)));

  // Port 9 (discard) on loopback: nothing listens there in a test environment.
  auto mailer = adapters::CurlMailer::create({.url = "smtp://127.0.0.1:9"});
  ASSERT_TRUE(mailer.ok());
  auto attempt = send_queued_mail(store(), clock_, **mailer, logged->mail->id);
  ASSERT_TRUE(attempt.ok()) << attempt.error().message;
  EXPECT_EQ(attempt->result, SendResult::kFailed);
  EXPECT_EQ(attempt->mail.status, MailStatus::kQueued);
  EXPECT_EQ(attempt->mail.attempts, 1);
  EXPECT_NE(attempt->mail.last_error.find("smtp://127.0.0.1:9"), std::string::npos);
  EXPECT_FALSE(attempt->mail.lease_until.has_value()) << "a failed send gives its lease back";

  auto flushed = flush_mail(store(), clock_, **mailer, 10);
  ASSERT_TRUE(flushed.ok());
  ASSERT_EQ(flushed->size(), 1u);
  EXPECT_EQ((*flushed)[0].mail.attempts, 2);
  EXPECT_EQ(contacts_recorded(), 1u);
  EXPECT_EQ(timeline().back().kind, "contact_attempted") << "nothing says it was e-mailed";
  expect_audit_intact();
}

TEST_P(ContactLogTest, AMessageLeasedByAnotherSenderIsSkipped) {
  ASSERT_TRUE(set_contact_persons(store(), "TEL", {"maja@telco.si"}).ok());
  ContactLogInput input = right_party(ContactOutcome::kRefusal);
  input.email_minutes_from = domain::Mailbox{"", "zapisniki@agencija.si"};
  auto logged = log_contact(store(), clock_, input);
  ASSERT_TRUE(logged.ok());
  {
    auto transaction = store().begin();
    ASSERT_TRUE(
        *(*transaction)
             ->claim_mail(logged->mail->id, clock_.now(), clock_.now() + std::chrono::minutes(5)));
    ASSERT_TRUE((*transaction)->commit().ok());
  }
  auto mailer = adapters::CurlMailer::create({.url = "smtp://127.0.0.1:9"});
  auto attempt = send_queued_mail(store(), clock_, **mailer, logged->mail->id);
  ASSERT_TRUE(attempt.ok());
  EXPECT_EQ(attempt->result, SendResult::kSkipped);
  EXPECT_EQ(attempt->mail.attempts, 1) << "only the other sender's attempt";
}

INSTANTIATE_STORE_TESTS(ContactLogTest);

}  // namespace
}  // namespace duecall::app
