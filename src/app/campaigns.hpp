// Dialer campaigns as supervisors administer them (`duecall campaign ...`, the
// /api/campaigns routes): create one over one or more clients' due calls, list them, and
// start, pause or stop one. The state machine is domain/campaign.hpp's; a change goes
// through only while the stored state is the one it was decided from, and every change is
// recorded with who made it and when (the campaign's audit trail), in one transaction.
//
// A campaign is named by its id or by its name: text that is all digits is an id, since a
// name never is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct NewCampaign {
  std::string name;
  std::vector<std::string> client_codes;  // one or more
  std::string mode;                        // preview, progressive or predictive
  std::optional<std::string> abandon_cap;  // "3%" or "0.03"; none: 3 %
  std::string caller_id;                   // a valid phone number, "+386 1 234 56 78"
  std::string actor;                       // who creates it
};

// kInvalidArgument for a bad name, mode, cap or caller ID or no clients; kNotFound for an
// unknown client; kAlreadyExists for a taken name. The caller ID is stored in E.164.
Result<CampaignRecord> create_campaign(Store& store, const Clock& clock, const NewCampaign& input);

// Every campaign in id order.
Result<std::vector<CampaignRecord>> list_campaigns(Store& store);

// The campaign with that id or name; kNotFound when there is none.
Result<CampaignRecord> find_campaign(Store& store, std::string_view id_or_name);
Result<CampaignRecord> find_campaign(StoreTransaction& transaction, std::string_view id_or_name);

// Starts, pauses or stops a campaign and records who did; kFailedPrecondition when its
// state does not allow that, kConflict when someone changed it meanwhile. Returns the
// campaign as changed.
Result<CampaignRecord> change_campaign_state(Store& store, const Clock& clock,
                                             std::string_view id_or_name,
                                             domain::CampaignAction action,
                                             const std::string& actor);

// Every state change of a campaign, oldest first.
Result<std::vector<CampaignStateChange>> campaign_history(Store& store,
                                                          std::string_view id_or_name);

}  // namespace duecall::app
