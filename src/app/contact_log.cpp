#include "app/contact_log.hpp"

#include <nlohmann/json.hpp>

#include "app/case_evaluation.hpp"
#include "app/case_target.hpp"
#include "app/debtor_reach.hpp"
#include "app/timeline_append.hpp"

namespace duecall::app {

Result<ContactRecord> log_contact(Store& store, const Clock& clock, const ContactLogInput& input) {
  Instant now = clock.now();
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(
      *transaction,
      {.client_code = input.client_code, .scope = TargetScope::kClaim, .ref = input.claim_ref}));
  // Under the client's lock, so that contact ids are assigned in the order the strategy run
  // sees them commit: the run applies each contact above the last id it applied, once.
  TRY(transaction->lock_client_for_intake(target.client.id));
  ContactRecord contact{.case_id = target.case_id,
                        .claim_id = target.claim->id,
                        .channel = input.channel,
                        .to_address = TRY(contact_address(target.debtor, input.channel)),
                        .result = input.result,
                        .abandoned = input.abandoned,
                        .occurred_at = input.at.value_or(now),
                        .actor = input.actor};
  contact.id = TRY(transaction->insert_contact(contact));
  // The attempt completes the case's due action on that channel (and its lease); what
  // follows is the next strategy run's decision.
  if (auto due = TRY(transaction->find_due_action(target.case_id))) {
    auto step_channel = strategy::parse_channel(due->channel);
    if (step_channel.ok() && contact_counts_for(contact.channel, *step_channel)) {
      TRY(transaction->delete_due_actions({target.case_id}));
    }
  }
  nlohmann::json payload = {{"claim", target.claim->client_ref},
                            {"channel", compliance::channel_name(contact.channel)},
                            {"to", contact.to_address},
                            {"result", compliance::contact_result_name(contact.result)},
                            {"abandoned", contact.abandoned},
                            {"recorded_at", format_iso8601(now)}};
  TRY(append_to_timeline(*transaction, target.case_id, domain::event_kind::kContactAttempted,
                         contact.occurred_at, input.actor, payload.dump()));
  TRY(transaction->commit());
  return contact;
}

}  // namespace duecall::app
