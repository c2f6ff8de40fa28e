#include "app/clients.hpp"

#include "app/compliance_overrides.hpp"
#include "app/strategies.hpp"
#include "compliance/client_overrides_json.hpp"

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

}  // namespace duecall::app
