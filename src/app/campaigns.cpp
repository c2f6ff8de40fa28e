#include "app/campaigns.hpp"

#include <algorithm>
#include <charconv>

#include "core/phone_number.hpp"

namespace duecall::app {
namespace {

std::optional<std::int64_t> id_of(std::string_view text) {
  std::int64_t id = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return id;
}

Result<std::vector<domain::Client>> clients_named(StoreTransaction& transaction,
                                                  const std::vector<std::string>& codes) {
  if (codes.empty()) return Error::invalid_argument("a campaign works at least one client");
  std::vector<domain::Client> clients;
  for (const std::string& code : codes) {
    auto client = TRY(transaction.find_client(code));
    if (!client) return Error::not_found("client " + code + " does not exist");
    bool repeated = std::any_of(clients.begin(), clients.end(),
                                [&](const domain::Client& seen) { return seen.id == client->id; });
    if (!repeated) clients.push_back(std::move(*client));
  }
  return clients;
}

// The caller ID must be a valid number in international form, since it is presented to
// debtors in every client's country alike.
Result<std::string> caller_id_e164(std::string_view text) {
  if (text.empty() || text.front() != '+') {
    return Error::invalid_argument("caller ID \"" + std::string(text) +
                                   "\" must be in international form, starting with +");
  }
  auto number = PhoneNumber::parse(text, "ZZ");
  if (!number.ok()) {
    return Error::invalid_argument("caller ID \"" + std::string(text) +
                                   "\" is not a valid phone number");
  }
  return number->e164();
}

}  // namespace

Result<CampaignRecord> create_campaign(Store& store, const Clock& clock, const NewCampaign& input) {
  TRY(domain::check_campaign_name(input.name));
  CampaignRecord campaign{.name = input.name,
                          .mode = TRY(domain::parse_campaign_mode(input.mode)),
                          .caller_id = TRY(caller_id_e164(input.caller_id)),
                          .state = domain::CampaignState::kCreated,
                          .created_at = clock.now(),
                          .created_by = input.actor,
                          .updated_at = clock.now(),
                          .updated_by = input.actor};
  if (input.abandon_cap) campaign.abandon_cap_bp = TRY(domain::parse_abandon_cap(*input.abandon_cap));
  auto transaction = TRY(store.begin());
  for (const auto& client : TRY(clients_named(*transaction, input.client_codes))) {
    campaign.client_ids.push_back(client.id);
  }
  campaign.id = TRY(transaction->insert_campaign(campaign));
  auto stored = TRY(transaction->find_campaign(campaign.id));
  TRY(transaction->commit());
  if (!stored) return Error::internal("campaign " + campaign.name + " vanished after insert");
  return std::move(*stored);
}

Result<std::vector<CampaignRecord>> list_campaigns(Store& store) {
  auto transaction = TRY(store.begin());
  return transaction->list_campaigns();
}

Result<CampaignRecord> find_campaign(StoreTransaction& transaction, std::string_view id_or_name) {
  std::optional<CampaignRecord> found;
  if (auto id = id_of(id_or_name)) {
    found = TRY(transaction.find_campaign(*id));
  } else {
    found = TRY(transaction.find_campaign(id_or_name));
  }
  if (!found) return Error::not_found("campaign " + std::string(id_or_name) + " does not exist");
  return std::move(*found);
}

Result<CampaignRecord> find_campaign(Store& store, std::string_view id_or_name) {
  auto transaction = TRY(store.begin());
  return find_campaign(*transaction, id_or_name);
}

Result<CampaignRecord> change_campaign_state(Store& store, const Clock& clock,
                                             std::string_view id_or_name,
                                             domain::CampaignAction action,
                                             const std::string& actor) {
  auto transaction = TRY(store.begin());
  CampaignRecord campaign = TRY(find_campaign(*transaction, id_or_name));
  domain::CampaignState next = TRY(domain::campaign_transition(campaign.state, action));
  CampaignStateChange change{
      .campaign_id = campaign.id, .from = campaign.state, .to = next, .at = clock.now(), .by = actor};
  if (!TRY(transaction->change_campaign_state(change))) {
    return Error::conflict("campaign " + campaign.name + " was changed meanwhile; try again");
  }
  TRY(transaction->commit());
  campaign.state = next;
  campaign.updated_at = change.at;
  campaign.updated_by = actor;
  return campaign;
}

Result<std::vector<CampaignStateChange>> campaign_history(Store& store,
                                                          std::string_view id_or_name) {
  auto transaction = TRY(store.begin());
  CampaignRecord campaign = TRY(find_campaign(*transaction, id_or_name));
  return transaction->campaign_state_changes(campaign.id);
}

}  // namespace duecall::app
