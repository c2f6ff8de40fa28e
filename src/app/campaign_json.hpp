// Campaigns as JSON, for the CLI's --json and the HTTP API. Shares are fractions (0.03 for
// 3 %), rounded to basis points; a rate is null when nothing was answered in its window.
//
// campaign_json: {"id", "name", "clients", "mode", "abandon_cap", "caller_id", "state",
//   "created_at", "created_by", "updated_at", "updated_by"}
// campaign_status_json: the campaign's keys plus "abandon_rate_24h", "abandon_rate_30d",
//   "placed_24h", "answered_24h", "abandoned_24h", "placed_30d", "answered_30d",
//   "abandoned_30d", "over_cap", and, when due calls were counted, "due_calls" and
//   "not_contactable": {"count", "reasons": {rule: count}, "sentence"}.
#pragma once

#include <nlohmann/json.hpp>

#include "app/campaign_status.hpp"

namespace duecall::app {

nlohmann::json campaign_json(const CampaignRecord& campaign);
nlohmann::json campaign_status_json(const CampaignStatus& status, bool with_due_calls = true);

}  // namespace duecall::app
