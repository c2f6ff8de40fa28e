// `contact check`: may we contact the debtor of a claim on a channel at an instant, and if
// not, when next? The use case gathers the facts from the store into a
// compliance::ContactRequest and hands it to the pure gate (compliance/gate.hpp):
//
//   - jurisdiction: the debtor's country (the client's when the debtor has none) and the
//     state its address points to (contact_region in debtor_reach.hpp);
//   - zones: every candidate zone of the debtor (debtor_reach.hpp);
//   - address: the first valid phone for calls, SMS and WhatsApp, and whether that number
//     is on the do-not-call list;
//   - holds: every hold on the case or on this claim, standing or lifted (the gate knows
//     when each was in force);
//   - history: the contacts about this claim, and about the case as a whole, within the
//     lookback below.
//
// The gate decides under that jurisdiction's profile narrowed by the client's compliance
// overrides (compliance_overrides.hpp). The answer is the gate's Decision; errors (unknown claim,
// no phone to call, a country without a compliance profile) are Results, never a refusal.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "app/case_target.hpp"
#include "app/ports.hpp"
#include "compliance/decision.hpp"

namespace duecall::app {

// How far back contacts are read: longer than any profile's longest counting period
// (Massachusetts counts 30 days) and any pause (7 days, 72 hours).
inline constexpr std::chrono::days kContactHistoryLookback{90};

struct ContactCheckInput {
  std::string client_code;
  std::string claim_ref;
  compliance::Channel channel = compliance::Channel::call;
  std::optional<Instant> at;  // none: now
};

struct ContactCheck {
  compliance::ContactRequest request;
  compliance::Decision decision;
};

Result<ContactCheck> check_contact(Store& store, const Clock& clock,
                                   const ContactCheckInput& input);

// The request for contacting `target` (which names a claim) on `channel` at `at`, with the
// debtor's jurisdiction, state and candidate zones filled in. A use case that decides it
// passes compliance_overrides_of(target.client) to compliance::decide.
// REQUIRES: target.claim is set.
Result<compliance::ContactRequest> build_contact_request(StoreTransaction& transaction,
                                                         const CaseTarget& target,
                                                         compliance::Channel channel, Instant at);

}  // namespace duecall::app
