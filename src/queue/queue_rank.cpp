#include "queue/queue_rank.hpp"

#include <algorithm>
#include <chrono>

namespace duecall::queue {
namespace {

// The largest score: an earlier deadline or callback must rank higher, so instants rank by
// their distance below this bound.
constexpr std::int64_t kScoreCeiling = INT64_MAX / 2;

std::string format_minor(const Money& money) { return money.to_string(); }

}  // namespace

std::string_view tier_name(Tier tier) {
  switch (tier) {
    case Tier::first_contact:
      return "first_contact";
    case Tier::callback_due:
      return "callback_due";
    case Tier::broken_agreement:
      return "broken_agreement";
    case Tier::expected_value:
      return "expected_value";
  }
  return "expected_value";
}

int recoverability_bp(const RankFacts& facts) {
  int bp = facts.days_past_due <= 30   ? 6000
           : facts.days_past_due <= 60 ? 4500
           : facts.days_past_due <= 90 ? 3000
                                       : 1500;
  if (facts.right_party_contacts > 0) bp = bp * 12 / 10;
  if (facts.wrong_number) bp = bp / 2;
  if (facts.attempts >= 5 && facts.right_party_contacts == 0) bp = bp * 8 / 10;
  return std::clamp(bp, 0, 10'000);
}

Rank rank_call(const RankFacts& facts) {
  const Instant deadline = facts.intake_at + std::chrono::hours(kFirstContactHours);
  if (facts.attempts == 0 && facts.now < deadline) {
    return {Tier::first_contact, kScoreCeiling - to_unix_micros(deadline),
            "first contact due by " + format_iso8601(deadline) + " (24 hours after intake)"};
  }
  if (facts.callback_at && *facts.callback_at <= facts.now) {
    return {Tier::callback_due, kScoreCeiling - to_unix_micros(*facts.callback_at),
            "the debtor asked to be called back at " + format_iso8601(*facts.callback_at)};
  }
  if (facts.agreement_broken_at) {
    return {Tier::broken_agreement, kScoreCeiling - to_unix_micros(*facts.agreement_broken_at),
            "agreement broken on " + format_iso8601(*facts.agreement_broken_at)};
  }
  const int bp = recoverability_bp(facts);
  // Balances are validated far below 2^63 / 10^4, so the product cannot overflow.
  const std::int64_t expected = facts.balance.minor() * bp / 10'000;
  return {Tier::expected_value, expected,
          "expected value " + format_minor(Money(expected, facts.balance.currency())) + " (" +
              format_minor(facts.balance) + " x " + std::to_string(bp / 100) + "." +
              std::to_string(bp % 100 / 10) + std::to_string(bp % 10) + " % recoverable at " +
              std::to_string(facts.days_past_due) + " days past due)"};
}

}  // namespace duecall::queue
