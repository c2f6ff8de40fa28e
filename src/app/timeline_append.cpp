#include "app/timeline_append.hpp"

namespace duecall::app {

Result<domain::TimelineEvent> append_to_timeline(StoreTransaction& transaction, CaseId case_id,
                                                 std::string_view kind, Instant occurred_at,
                                                 std::string actor, std::string payload) {
  domain::ChainHead head = TRY(transaction.timeline_head(case_id));
  domain::TimelineEvent event =
      domain::chain_event(head, case_id, kind, occurred_at, std::move(actor), std::move(payload));
  event.id = TRY(transaction.append_event(event));
  return event;
}

}  // namespace duecall::app
