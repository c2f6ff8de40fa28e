// The timeline is the append-only record of everything that happened to a case: claims
// placed and changed, contacts, agreements, payments, stage changes. Events are numbered
// 1, 2, 3, ... within their case, and each stores the SHA-256 of its predecessor, so that
// editing, deleting or reordering a stored event breaks the chain and `audit verify` finds
// it. The hash covers every field of the event except its row id.
//
// The store only keeps events; the hash is computed here, so both stores produce identical
// chains for identical histories.
#pragma once

#include <optional>
#include <string>

#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/sha256.hpp"

namespace duecall::domain {

// Event kinds are stable strings that appear in stored data and in the API.
namespace event_kind {
inline constexpr std::string_view kCaseOpened = "case_opened";
inline constexpr std::string_view kClaimPlaced = "claim_placed";
inline constexpr std::string_view kClaimChanged = "claim_changed";
inline constexpr std::string_view kDebtorChanged = "debtor_changed";
inline constexpr std::string_view kHoldPlaced = "hold_placed";
inline constexpr std::string_view kHoldLifted = "hold_lifted";
inline constexpr std::string_view kDoNotCallAdded = "do_not_call_added";
inline constexpr std::string_view kDoNotCallRemoved = "do_not_call_removed";
inline constexpr std::string_view kContactAttempted = "contact_attempted";
inline constexpr std::string_view kStageChanged = "stage_changed";
inline constexpr std::string_view kStrategyMoved = "strategy_moved";
inline constexpr std::string_view kPaymentPosted = "payment_posted";
inline constexpr std::string_view kTodoDone = "todo_done";
}  // namespace event_kind

// The last event of a case's chain: what the next event links to. A case without events
// has seq 0 and the all-zero hash.
struct ChainHead {
  std::int64_t seq = 0;
  Sha256Digest hash{};
};

struct TimelineEvent {
  EventId id;
  CaseId case_id;
  std::int64_t seq = 0;
  std::string kind;
  Instant occurred_at;
  std::string actor;    // who caused it: "import", "system", an operator's login
  std::string payload;  // compact JSON with the event's details
  Sha256Digest prev_hash{};
  Sha256Digest hash{};
};

Sha256Digest compute_event_hash(const TimelineEvent& event);

// Builds the event that follows `head` in the case's chain.
TimelineEvent chain_event(const ChainHead& head, CaseId case_id, std::string_view kind,
                          Instant occurred_at, std::string actor, std::string payload);

// Checks one case's events, fed in seq order. Reports the first event that breaks the chain:
// a gap or repeat in seq, a prev_hash that is not its predecessor's hash, or a stored hash
// that does not match the event's content.
class ChainVerifier {
 public:
  explicit ChainVerifier(CaseId case_id) : case_id_(case_id) {}
  // Returns an explanation when `event` breaks the chain; nothing when it extends it.
  std::optional<std::string> feed(const TimelineEvent& event);

 private:
  CaseId case_id_;
  ChainHead head_;
};

}  // namespace duecall::domain
