// The store's half of dialer campaigns (campaign_records.hpp), in SQL that both dialects
// run: campaigns with their clients, their state changes and their dial attempts.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/campaign_records.hpp"

namespace duecall::adapters::sql_campaigns {

Result<std::int64_t> insert_campaign(SqlConnection& db, const app::CampaignRecord& campaign);
Result<std::optional<app::CampaignRecord>> find_campaign(SqlConnection& db, std::int64_t id);
Result<std::optional<app::CampaignRecord>> find_campaign(SqlConnection& db,
                                                         std::string_view name);
Result<std::vector<app::CampaignRecord>> list_campaigns(SqlConnection& db);
Result<bool> change_campaign_state(SqlConnection& db, const app::CampaignStateChange& change);
Result<std::vector<app::CampaignStateChange>> campaign_state_changes(SqlConnection& db,
                                                                     std::int64_t id);
Result<std::int64_t> insert_campaign_attempt(SqlConnection& db,
                                             const app::CampaignAttempt& attempt);
Result<app::CampaignAttemptCounts> campaign_attempt_counts(SqlConnection& db,
                                                           std::int64_t campaign_id,
                                                           Instant since);

}  // namespace duecall::adapters::sql_campaigns
