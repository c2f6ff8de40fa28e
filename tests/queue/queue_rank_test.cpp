// The work queue's ranking rules at their edges: the first-contact tier ends at the 24-hour
// deadline and with the first attempt; callbacks and broken agreements come next; the
// rest is ordered by expected value with the documented recoverability rule.
#include "queue/queue_rank.hpp"

#include <gtest/gtest.h>

namespace duecall::queue {
namespace {

Instant at(const char* iso) { return parse_iso8601(iso).value(); }

Money eur(std::int64_t minor) { return Money(minor, Currency::parse("EUR").value()); }

RankFacts facts(const char* now = "2026-11-23T12:00:00Z") {
  return {.now = at(now), .intake_at = at("2026-11-23T10:00:00Z"), .balance = eur(100'00),
          .days_past_due = 20};
}

TEST(QueueRank, AnUntouchedCaseIsAFirstContactUntilTheDeadline) {
  Rank rank = rank_call(facts("2026-11-24T09:59:59Z"));
  EXPECT_EQ(rank.tier, Tier::first_contact);
  EXPECT_NE(rank.why.find("2026-11-24T10:00:00Z"), std::string::npos) << rank.why;
  EXPECT_EQ(rank_call(facts("2026-11-24T10:00:00Z")).tier, Tier::expected_value)
      << "at the deadline the promise is already missed; it ranks by value";
  RankFacts tried = facts();
  tried.attempts = 1;
  EXPECT_EQ(rank_call(tried).tier, Tier::expected_value);
}

TEST(QueueRank, AnEarlierFirstContactDeadlineRanksHigher) {
  RankFacts older = facts();
  older.intake_at = at("2026-11-23T09:00:00Z");
  EXPECT_GT(rank_call(older).score, rank_call(facts()).score);
}

TEST(QueueRank, CallbacksComeWhenDueAndBeforeBrokenAgreements) {
  RankFacts callback = facts();
  callback.attempts = 2;
  callback.callback_at = at("2026-11-23T12:00:01Z");
  EXPECT_EQ(rank_call(callback).tier, Tier::expected_value) << "not yet due";
  callback.callback_at = at("2026-11-23T12:00:00Z");
  callback.agreement_broken_at = at("2026-11-20T00:00:00Z");
  EXPECT_EQ(rank_call(callback).tier, Tier::callback_due);
  callback.callback_at.reset();
  EXPECT_EQ(rank_call(callback).tier, Tier::broken_agreement);
}

TEST(QueueRank, RecoverabilityFollowsAgeAndHistory) {
  RankFacts f = facts();
  f.attempts = 1;
  f.days_past_due = 30;
  EXPECT_EQ(recoverability_bp(f), 6000);
  f.days_past_due = 31;
  EXPECT_EQ(recoverability_bp(f), 4500);
  f.days_past_due = 60;
  EXPECT_EQ(recoverability_bp(f), 4500);
  f.days_past_due = 61;
  EXPECT_EQ(recoverability_bp(f), 3000);
  f.days_past_due = 91;
  EXPECT_EQ(recoverability_bp(f), 1500);
  f.days_past_due = 10;
  f.right_party_contacts = 1;
  EXPECT_EQ(recoverability_bp(f), 7200);
  f.right_party_contacts = 0;
  f.attempts = 4;
  EXPECT_EQ(recoverability_bp(f), 6000);
  f.attempts = 5;
  EXPECT_EQ(recoverability_bp(f), 4800);
  f.wrong_number = true;
  EXPECT_EQ(recoverability_bp(f), 2400);
}

TEST(QueueRank, ExpectedValueIsBalanceTimesRecoverability) {
  RankFacts f = facts();
  f.attempts = 1;
  f.balance = eur(250'00);
  Rank rank = rank_call(f);
  EXPECT_EQ(rank.tier, Tier::expected_value);
  EXPECT_EQ(rank.score, 150'00);
  EXPECT_NE(rank.why.find("60.00 %"), std::string::npos) << rank.why;
  RankFacts smaller = f;
  smaller.balance = eur(249'99);
  EXPECT_LT(rank_call(smaller).score, rank.score);
}

}  // namespace
}  // namespace duecall::queue
