// The rules of a contact's outcome, checked before anything is recorded: an outcome only
// for a right-party contact, a callback only with a time after the contact, a callback time
// only with a callback, and unknown outcome names refused with the list of known ones.
#include "domain/contact_outcome.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

const Instant kContact = at("2026-11-23T10:00:00Z");

::testing::AssertionResult RefusedBy(const Status& status, std::string_view rule) {
  if (status.ok()) return ::testing::AssertionFailure() << "accepted, expected " << rule;
  if (status.error().code != ErrorCode::kInvalidArgument ||
      !status.error().message.starts_with(std::string(rule) + ":")) {
    return ::testing::AssertionFailure() << "refused with '" << status.error().message << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST(ContactOutcome, EveryNameRoundTrips) {
  for (ContactOutcome outcome : kAllContactOutcomes) {
    auto parsed = parse_contact_outcome(contact_outcome_name(outcome));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, outcome);
  }
  EXPECT_EQ(contact_outcome_name(ContactOutcome::kAlreadyPaid), "already_paid");
}

TEST(ContactOutcome, RefusesAnUnknownOutcomeListingTheKnownOnes) {
  for (const char* name : {"paid", "Promise", "", "callback "}) {
    auto parsed = parse_contact_outcome(name);
    ASSERT_FALSE(parsed.ok()) << name;
    EXPECT_NE(parsed.error().message.find("already_paid, hardship"), std::string::npos);
  }
}

TEST(ContactOutcome, AgreementOutcomesAreTheFourWaysOfAgreeingToPay) {
  int agreements = 0;
  for (ContactOutcome outcome : kAllContactOutcomes) agreements += outcome_is_agreement(outcome);
  EXPECT_EQ(agreements, 4);
  EXPECT_TRUE(outcome_is_agreement(ContactOutcome::kExtension));
  EXPECT_FALSE(outcome_is_agreement(ContactOutcome::kCallback));
}

TEST(OutcomeReport, AcceptsEveryOutcomeOfARightPartyContactAndNoOutcomeForAnyContact) {
  for (ContactOutcome outcome : kAllContactOutcomes) {
    std::optional<Instant> callback_at;
    if (outcome == ContactOutcome::kCallback) callback_at = at("2026-11-24T15:00:00Z");
    EXPECT_TRUE(check_outcome_report({.right_party_contact = true,
                                      .outcome = outcome,
                                      .callback_at = callback_at,
                                      .occurred_at = kContact})
                    .ok())
        << contact_outcome_name(outcome);
  }
  EXPECT_TRUE(check_outcome_report({.right_party_contact = false, .occurred_at = kContact}).ok());
}

TEST(OutcomeReport, RefusesAnOutcomeWithoutARightPartyContact) {
  EXPECT_TRUE(RefusedBy(check_outcome_report({.right_party_contact = false,
                                              .outcome = ContactOutcome::kPromise,
                                              .occurred_at = kContact}),
                        "outcome_requires_right_party_contact"));
}

TEST(OutcomeReport, RefusesACallbackWithoutATime) {
  EXPECT_TRUE(RefusedBy(check_outcome_report({.right_party_contact = true,
                                              .outcome = ContactOutcome::kCallback,
                                              .occurred_at = kContact}),
                        "callback_requires_a_time"));
}

TEST(OutcomeReport, RefusesACallbackTimeWithAnotherOutcomeOrNone) {
  for (std::optional<ContactOutcome> outcome :
       {std::optional<ContactOutcome>(ContactOutcome::kRefusal), std::optional<ContactOutcome>()}) {
    EXPECT_TRUE(RefusedBy(check_outcome_report({.right_party_contact = true,
                                                .outcome = outcome,
                                                .callback_at = at("2026-11-24T15:00:00Z"),
                                                .occurred_at = kContact}),
                          "callback_time_requires_callback_outcome"));
  }
}

TEST(OutcomeReport, RefusesACallbackAtOrBeforeTheContactAndAcceptsOneMicrosecondAfter) {
  for (const char* when : {"2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z"}) {
    EXPECT_TRUE(RefusedBy(check_outcome_report({.right_party_contact = true,
                                                .outcome = ContactOutcome::kCallback,
                                                .callback_at = at(when),
                                                .occurred_at = kContact}),
                          "callback_must_be_after_contact"))
        << when;
  }
  EXPECT_TRUE(check_outcome_report({.right_party_contact = true,
                                    .outcome = ContactOutcome::kCallback,
                                    .callback_at = kContact + std::chrono::microseconds(1),
                                    .occurred_at = kContact})
                  .ok());
}

}  // namespace
}  // namespace duecall::domain
