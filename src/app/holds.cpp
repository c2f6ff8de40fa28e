#include "app/holds.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

#include "app/timeline_append.hpp"

namespace duecall::app {
namespace {

// Returns true iff `hold` is in exactly the target's scope: case-wide for a debtor, that
// claim's own for a claim.
bool in_scope(const HoldRecord& hold, const CaseTarget& target) {
  if (!target.claim) return !hold.claim_id;
  return hold.claim_id && *hold.claim_id == target.claim->id;
}

std::string scope_ref(const CaseTarget& target) {
  return target.claim ? target.claim->client_ref : std::string();
}

nlohmann::json claim_json(const CaseTarget& target) {
  return target.claim ? nlohmann::json(target.claim->client_ref) : nlohmann::json(nullptr);
}

}  // namespace

Result<ListedHold> place_hold(Store& store, const Clock& clock, const HoldChange& change) {
  Instant now = clock.now();
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(*transaction, change.target));
  for (const auto& hold : TRY(transaction->holds_of_case(target.case_id))) {
    if (hold.kind == change.kind && hold.standing() && in_scope(hold, target)) {
      return Error::already_exists("a " + std::string(hold_code(change.kind)) +
                                   " hold already stands on " + change.target.ref);
    }
  }
  HoldRecord hold{.case_id = target.case_id,
                  .claim_id = target.claim ? std::optional(target.claim->id) : std::nullopt,
                  .kind = change.kind,
                  .note = change.note,
                  .placed_at = now,
                  .placed_by = change.actor};
  hold.id = TRY(transaction->insert_hold(hold));
  nlohmann::json payload = {
      {"kind", hold_code(change.kind)}, {"claim", claim_json(target)}, {"note", change.note}};
  TRY(append_to_timeline(*transaction, target.case_id, domain::event_kind::kHoldPlaced, now,
                         change.actor, payload.dump()));
  TRY(transaction->commit());
  return ListedHold{std::move(hold), scope_ref(target)};
}

Result<ListedHold> lift_hold(Store& store, const Clock& clock, const HoldChange& change) {
  Instant now = clock.now();
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(*transaction, change.target));
  auto holds = TRY(transaction->holds_of_case(target.case_id));
  auto standing = std::find_if(holds.begin(), holds.end(), [&](const HoldRecord& hold) {
    return hold.kind == change.kind && hold.standing() && in_scope(hold, target);
  });
  if (standing == holds.end()) {
    return Error::not_found("no " + std::string(hold_code(change.kind)) + " hold stands on " +
                            change.target.ref);
  }
  // A hold placed "in the future" by a skewed clock is lifted at its own start, never
  // before it, which the table's check would refuse.
  Instant lifted_at = std::max(now, standing->placed_at);
  TRY(transaction->lift_hold(standing->id, lifted_at));
  standing->lifted_at = lifted_at;
  nlohmann::json payload = {{"kind", hold_code(change.kind)},
                            {"claim", claim_json(target)},
                            {"placed_at", format_iso8601(standing->placed_at)}};
  TRY(append_to_timeline(*transaction, target.case_id, domain::event_kind::kHoldLifted, lifted_at,
                         change.actor, payload.dump()));
  TRY(transaction->commit());
  return ListedHold{std::move(*standing), scope_ref(target)};
}

Result<std::vector<ListedHold>> list_holds(Store& store, const TargetRef& target_ref) {
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(*transaction, target_ref));
  std::unordered_map<ClaimId, std::string> claim_refs;
  for (const auto& claim : TRY(transaction->claims_of_case(target.case_id))) {
    claim_refs[claim.id] = claim.client_ref;
  }
  std::vector<ListedHold> listed;
  for (auto& hold : TRY(transaction->holds_of_case(target.case_id))) {
    if (target.claim && !hold.covers(target.claim->id)) continue;
    std::string ref = hold.claim_id ? claim_refs[*hold.claim_id] : std::string();
    listed.push_back({std::move(hold), std::move(ref)});
  }
  TRY(transaction->commit());
  return listed;
}

}  // namespace duecall::app
