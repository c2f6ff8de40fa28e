// Appends one event to a case's timeline inside the caller's transaction: reads the chain
// head, links the new event to it with domain::chain_event and stores it. Use cases that
// record a single change (a hold, a do-not-call entry, a contact) go through here; bulk
// intake keeps its own batched heads (intake_writer.cpp).
//
// Two writers appending to one case at once cannot both succeed: the store's unique
// (case_id, seq) turns the loser's insert into kConflict, so the chain never forks.
#pragma once

#include <string>
#include <string_view>

#include "app/ports.hpp"

namespace duecall::app {

Result<domain::TimelineEvent> append_to_timeline(StoreTransaction& transaction, CaseId case_id,
                                                 std::string_view kind, Instant occurred_at,
                                                 std::string actor, std::string payload);

}  // namespace duecall::app
