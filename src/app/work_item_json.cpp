#include "app/work_item_json.hpp"

#include "domain/money_json.hpp"
#include "queue/queue_rank.hpp"

namespace duecall::app {
namespace {

std::string_view tier_of(int tier) {
  return queue::tier_name(static_cast<queue::Tier>(tier));
}

}  // namespace

nlohmann::json work_item_json(const app::WorkItem& item) {
  const app::DueAction& action = item.action;
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& claim : item.open_claims) claims.push_back(claim.client_ref);
  return {{"case_id", action.case_id.value},
          {"client", item.client.code},
          {"debtor_ref", item.debtor.ref},
          {"debtor_name", item.debtor.name},
          {"claims", claims},
          {"total_due", domain::money_to_json(item.total_due)},
          {"step", action.step_name},
          {"channel", action.channel},
          {"attempt", action.attempt_number},
          {"attempts", action.attempts},
          {"due_at", format_iso8601(action.due_at)},
          {"deadline", action.deadline ? nlohmann::json(format_iso8601(*action.deadline))
                                       : nlohmann::json(nullptr)},
          {"lease_until", format_iso8601(*action.lease_until)},
          {"rank",
           {{"tier", tier_of(action.rank_tier)},
            {"score", action.rank_score},
            {"why", action.rank_why}}}};
}

}  // namespace duecall::app
