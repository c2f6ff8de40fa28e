// A campaign's call accounting: each dial attempt it places is recorded with when it was
// placed, answered, connected to an agent, abandoned and ended, so that its abandonment
// rate (abandoned calls over calls answered by a person) can be held against its cap over
// the last 24 hours and the last 30 days.
//
// An abandoned attempt is also a contact attempt that the compliance gate must see: it is
// logged through contact_log.hpp like any other contact (channel call, abandoned, result
// no_answer since nobody spoke to the debtor), so the abandoned-call gap of the debtor's
// profile (72 hours in the UK) refuses the next call to that number. The contact is logged
// before the attempt is counted: should the second write fail, the gate errs on the side of
// not calling, and only the statistics miss an attempt.
#pragma once

#include <optional>
#include <string>

#include "app/ports.hpp"

namespace duecall::app {

struct DialAttemptInput {
  std::string campaign;  // id or name
  std::string client_code;
  std::string claim_ref;  // the claim whose due call was dialled
  Instant placed_at;
  std::optional<Instant> answered_at;
  std::optional<Instant> connected_at;
  std::optional<Instant> abandoned_at;
  std::optional<Instant> ended_at;
  std::string result;  // answered, abandoned, no_answer, busy, failed, machine, ...
};

// kNotFound for an unknown campaign, client or claim; kInvalidArgument when the claim's
// client is not one the campaign works, or when the times are out of order.
Result<CampaignAttempt> record_dial_attempt(Store& store, const Clock& clock,
                                            const DialAttemptInput& input);

// Abandoned over answered, in basis points rounded down; nothing when none was answered.
std::optional<std::int64_t> abandon_rate_bp(const CampaignAttemptCounts& counts);

}  // namespace duecall::app
