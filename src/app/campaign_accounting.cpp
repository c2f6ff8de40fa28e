#include "app/campaign_accounting.hpp"

#include <algorithm>

#include "app/campaigns.hpp"
#include "app/case_target.hpp"
#include "app/contact_log.hpp"
#include "app/debtor_reach.hpp"
#include "core/sha256.hpp"
#include "domain/campaign.hpp"

namespace duecall::app {
namespace {

Status check_order(const DialAttemptInput& input) {
  for (const auto& later : {input.answered_at, input.connected_at, input.abandoned_at,
                            input.ended_at}) {
    if (later && *later < input.placed_at) {
      return Error::invalid_argument("a dial attempt's times must not precede its placing");
    }
  }
  if (input.connected_at && input.abandoned_at) {
    return Error::invalid_argument("a dial attempt is either connected to an agent or abandoned");
  }
  return {};
}

}  // namespace

Result<CampaignAttempt> record_dial_attempt(Store& store, const Clock& clock,
                                            const DialAttemptInput& input) {
  TRY(check_order(input));
  CampaignAttempt attempt{.placed_at = input.placed_at,
                          .answered_at = input.answered_at,
                          .connected_at = input.connected_at,
                          .abandoned_at = input.abandoned_at,
                          .ended_at = input.ended_at,
                          .result = input.result};
  {
    auto transaction = TRY(store.begin());
    CampaignRecord campaign = TRY(find_campaign(*transaction, input.campaign));
    CaseTarget target = TRY(resolve_case_target(
        *transaction,
        {.client_code = input.client_code, .scope = TargetScope::kClaim, .ref = input.claim_ref}));
    if (std::find(campaign.client_ids.begin(), campaign.client_ids.end(), target.client.id) ==
        campaign.client_ids.end()) {
      return Error::invalid_argument("campaign " + campaign.name + " does not work client " +
                                     target.client.code);
    }
    attempt.campaign_id = campaign.id;
    attempt.case_id = target.case_id;
    attempt.number_sha256 = to_hex(
        Sha256::of(TRY(contact_address(target.debtor, compliance::Channel::call))));
  }
  if (input.abandoned_at) {
    TRY(log_contact(store, clock,
                    {.client_code = input.client_code,
                     .claim_ref = input.claim_ref,
                     .channel = compliance::Channel::call,
                     .result = compliance::ContactResult::no_answer,
                     .abandoned = true,
                     .at = *input.abandoned_at,
                     .actor = "campaign " + std::to_string(attempt.campaign_id)}));
  }
  auto transaction = TRY(store.begin());
  attempt.id = TRY(transaction->insert_campaign_attempt(attempt));
  TRY(transaction->commit());
  return attempt;
}

std::optional<std::int64_t> abandon_rate_bp(const CampaignAttemptCounts& counts) {
  if (counts.answered <= 0) return std::nullopt;
  return counts.abandoned * domain::kBasisPointsWhole / counts.answered;
}

}  // namespace duecall::app
