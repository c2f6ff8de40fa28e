#include "app/clients.hpp"

#include "app/compliance_overrides.hpp"
#include "app/strategies.hpp"
#include "compliance/client_overrides_json.hpp"
#include "domain/email_address.hpp"

namespace duecall::app {

Result<domain::Client> add_client(Store& store, const Clock& clock, const domain::NewClient& input) {
  domain::Client client = TRY(domain::make_client(input, clock.now()));
  // Refused here rather than at the first contact check, so that a client whose policy
  // would loosen the law is never stored.
  TRY(check_compliance_overrides(client));
  client.policy.compliance =
      compliance::client_overrides_to_json(TRY(compliance_overrides_of(client)));
  auto transaction = TRY(store.begin());
  if (TRY(transaction->find_client(client.code))) {
    return Error::already_exists("client " + client.code + " already exists");
  }
  client.id = TRY(transaction->insert_client(client));
  TRY(ensure_client_strategy(*transaction, client.id, client.created_at, "system"));
  TRY(transaction->commit());
  return client;
}

Result<std::vector<domain::Client>> list_clients(Store& store) {
  auto transaction = TRY(store.begin());
  auto clients = TRY(transaction->list_clients());
  TRY(transaction->commit());
  return clients;
}

Result<domain::Client> find_client(Store& store, const std::string& code) {
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(code));
  if (!client) return Error::not_found("unknown client " + code);
  TRY(transaction->commit());
  return std::move(*client);
}

Result<domain::Client> set_contact_persons(Store& store, const std::string& client_code,
                                           const std::vector<std::string>& persons) {
  std::vector<domain::ContactPerson> parsed;
  for (const auto& text : persons) {
    domain::Mailbox mailbox = TRY(domain::parse_mailbox(text));
    for (const auto& earlier : parsed) {
      if (earlier.email == mailbox.address) {
        return Error::invalid_argument(mailbox.address + " is named twice");
      }
    }
    parsed.push_back({mailbox.name, mailbox.address});
  }
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(client_code));
  if (!client) return Error::not_found("unknown client " + client_code);
  client->policy.contact_persons = std::move(parsed);
  TRY(transaction->update_client_policy(client->id, client->policy));
  TRY(transaction->commit());
  return std::move(*client);
}

}  // namespace duecall::app
