#include "app/campaign_status.hpp"

#include <algorithm>

#include "app/campaign_accounting.hpp"
#include "app/campaigns.hpp"
#include "app/strategy_preview.hpp"

namespace duecall::app {
namespace {

// "contact_outside_permitted_hours" -> "contact outside permitted hours".
std::string words(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string sentence(const CampaignStatus& status, std::int64_t no_address) {
  std::string text = std::to_string(status.not_contactable) + " of " +
                     std::to_string(status.due_calls) + " not contactable now";
  std::string reasons;
  for (const auto& [rule, count] : status.not_contactable_by_reason) {
    if (rule == "no_contact_address") continue;
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(count) + " " + words(rule);
  }
  if (no_address > 0) {
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(no_address) + " no contact address";
  }
  if (!reasons.empty()) text += ", because " + reasons;
  return text + ".";
}

Status add_due_calls(Store& store, const Clock& clock, CampaignStatus& status) {
  std::int64_t no_address = 0;
  for (const std::string& code : status.campaign.client_codes) {
    StrategyRunReport report = TRY(preview_strategy(store, clock, code));
    auto calls = report.due_now_by_channel.find("call");
    if (calls != report.due_now_by_channel.end()) status.due_calls += calls->second;
    status.not_contactable += report.calls_not_contactable_now;
    for (const auto& [rule, count] : report.calls_not_contactable_by_rule) {
      status.not_contactable_by_reason[rule] += count;
    }
    no_address += report.calls_no_contact_address;
  }
  if (no_address > 0) status.not_contactable_by_reason["no_contact_address"] = no_address;
  status.not_contactable_sentence = sentence(status, no_address);
  return {};
}

}  // namespace

Result<CampaignStatus> campaign_status(Store& store, const Clock& clock,
                                       std::string_view id_or_name, bool with_due_calls) {
  CampaignStatus status{.at = clock.now()};
  {
    auto transaction = TRY(store.begin());
    status.campaign = TRY(find_campaign(*transaction, id_or_name));
    status.last_24h =
        TRY(transaction->campaign_attempt_counts(status.campaign.id, status.at - kAbandonWindowShort));
    status.last_30d =
        TRY(transaction->campaign_attempt_counts(status.campaign.id, status.at - kAbandonWindowLong));
  }
  status.abandon_rate_24h_bp = abandon_rate_bp(status.last_24h);
  status.abandon_rate_30d_bp = abandon_rate_bp(status.last_30d);
  if (with_due_calls) TRY(add_due_calls(store, clock, status));
  return status;
}

bool over_abandon_cap(const CampaignStatus& status) {
  auto over = [&](const std::optional<std::int64_t>& rate) {
    return rate && *rate > status.campaign.abandon_cap_bp;
  };
  return over(status.abandon_rate_24h_bp) || over(status.abandon_rate_30d_bp);
}

}  // namespace duecall::app
