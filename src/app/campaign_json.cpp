#include "app/campaign_json.hpp"

namespace duecall::app {
namespace {

nlohmann::json share(std::optional<std::int64_t> basis_points) {
  if (!basis_points) return nullptr;
  return static_cast<double>(*basis_points) / static_cast<double>(domain::kBasisPointsWhole);
}

}  // namespace

nlohmann::json campaign_json(const CampaignRecord& campaign) {
  return {{"id", campaign.id},
          {"name", campaign.name},
          {"clients", campaign.client_codes},
          {"mode", domain::campaign_mode_name(campaign.mode)},
          {"abandon_cap", share(campaign.abandon_cap_bp)},
          {"caller_id", campaign.caller_id},
          {"state", domain::campaign_state_name(campaign.state)},
          {"created_at", format_iso8601(campaign.created_at)},
          {"created_by", campaign.created_by},
          {"updated_at", format_iso8601(campaign.updated_at)},
          {"updated_by", campaign.updated_by}};
}

nlohmann::json campaign_status_json(const CampaignStatus& status, bool with_due_calls) {
  nlohmann::json json = campaign_json(status.campaign);
  json["abandon_rate_24h"] = share(status.abandon_rate_24h_bp);
  json["abandon_rate_30d"] = share(status.abandon_rate_30d_bp);
  json["placed_24h"] = status.last_24h.placed;
  json["answered_24h"] = status.last_24h.answered;
  json["abandoned_24h"] = status.last_24h.abandoned;
  json["placed_30d"] = status.last_30d.placed;
  json["answered_30d"] = status.last_30d.answered;
  json["abandoned_30d"] = status.last_30d.abandoned;
  json["over_cap"] = over_abandon_cap(status);
  if (with_due_calls) {
    json["due_calls"] = status.due_calls;
    json["not_contactable"] = {{"count", status.not_contactable},
                               {"reasons", status.not_contactable_by_reason},
                               {"sentence", status.not_contactable_sentence}};
  }
  return json;
}

}  // namespace duecall::app
