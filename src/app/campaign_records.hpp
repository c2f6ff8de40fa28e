// The records the store keeps for dialer campaigns:
//
//   - CampaignRecord: a campaign as administered (domain/campaign.hpp says what its fields
//     mean and which state changes are allowed). The store keeps the clients it works in
//     their own rows; `client_codes` are filled when a campaign is read back.
//   - CampaignStateChange: one change of state, with who made it and when; these rows are
//     never updated or deleted, so they are the campaign's audit trail.
//   - CampaignAttempt: one dial attempt a campaign placed, for abandonment accounting. The
//     number called is kept only as the SHA-256 of its E.164 form, so that the accounting
//     says which attempts reached the same number without holding the number itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/instant.hpp"
#include "domain/campaign.hpp"

namespace duecall::app {

struct CampaignRecord {
  std::int64_t id = 0;
  std::string name;
  std::vector<ClientId> client_ids;
  std::vector<std::string> client_codes;  // filled on reading, in client code order
  domain::CampaignMode mode = domain::CampaignMode::kPreview;
  std::int64_t abandon_cap_bp = domain::kDefaultAbandonCapBp;
  std::string caller_id;  // E.164
  domain::CampaignState state = domain::CampaignState::kCreated;
  Instant created_at;
  std::string created_by;
  Instant updated_at;
  std::string updated_by;
};

struct CampaignStateChange {
  std::int64_t campaign_id = 0;
  domain::CampaignState from = domain::CampaignState::kCreated;
  domain::CampaignState to = domain::CampaignState::kCreated;
  Instant at;
  std::string by;
};

struct CampaignAttempt {
  std::int64_t id = 0;
  std::int64_t campaign_id = 0;
  CaseId case_id;
  std::string number_sha256;  // hex SHA-256 of the E.164 number dialled
  Instant placed_at;
  std::optional<Instant> answered_at;   // the line was picked up
  std::optional<Instant> connected_at;  // an agent was bridged in
  std::optional<Instant> abandoned_at;  // answered, but no agent in time
  std::optional<Instant> ended_at;
  std::string result;  // answered, abandoned, no_answer, busy, failed, machine, ...
};

// Attempts of one campaign placed at or after some instant, counted by the store.
struct CampaignAttemptCounts {
  std::int64_t placed = 0;
  std::int64_t answered = 0;  // answered by a person: connected to an agent or abandoned
  std::int64_t abandoned = 0;
};

}  // namespace duecall::app
