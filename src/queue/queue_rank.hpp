// The order in which operators get due calls. A call's rank is a tier and, within the tier,
// a score (higher first):
//
//   tier 0  first contact: the case has had no contact attempt yet and its first-contact
//           deadline (24 hours after intake) is still ahead. Earliest deadline first: the
//           agency promised its clients a first attempt within 24 hours.
//   tier 1  callback due: the debtor asked to be called back at a time that has come.
//   tier 2  broken agreement: the debtor promised and did not pay.
//   tier 3  the rest, by expected value: the open balance times a recoverability score.
//
// Recoverability (in basis points) is a simple, documented rule, not a model:
//   by days past due: 0-30 -> 60 %, 31-60 -> 45 %, 61-90 -> 30 %, later -> 15 %;
//   then x 1.2 when a right-party conversation has happened (the debtor engages),
//   x 0.5 after a wrong-number result, and x 0.8 after 5 or more attempts without a
//   right-party conversation (the debtor does not answer). The result is capped at 100 %.
// Expected value = balance (minor units) x recoverability / 10,000.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/instant.hpp"
#include "core/money.hpp"

namespace duecall::queue {

enum class Tier { first_contact = 0, callback_due = 1, broken_agreement = 2, expected_value = 3 };

std::string_view tier_name(Tier tier);

// What the ranking looks at, gathered by the caller.
struct RankFacts {
  Instant now;
  Instant intake_at;
  Money balance;  // the open total
  int days_past_due = 0;
  int attempts = 0;                 // contact attempts on record
  int right_party_contacts = 0;     // conversations with the debtor
  bool wrong_number = false;        // some attempt reached a wrong number
  std::optional<Instant> callback_at;        // a callback the debtor asked for
  std::optional<Instant> agreement_broken_at;  // an agreement broken and not replaced
};

struct Rank {
  Tier tier = Tier::expected_value;
  std::int64_t score = 0;  // within the tier, higher first
  std::string why;         // a sentence for the operator
};

inline constexpr std::int64_t kFirstContactHours = 24;

// Recoverability in basis points (0..10,000) for the facts, as documented above.
int recoverability_bp(const RankFacts& facts);

Rank rank_call(const RankFacts& facts);

}  // namespace duecall::queue
