// Use cases for creditor clients: register one (validated, with its policy) and list them.
// Registering refuses a policy whose compliance overrides are malformed or would loosen a
// profile of the client's country (compliance_overrides.hpp), naming the JSON path, and
// stores the overrides in their canonical JSON form. Contact persons are part of the policy
// and can be replaced on their own.
#pragma once

#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

Result<domain::Client> add_client(Store& store, const Clock& clock, const domain::NewClient& input);
Result<std::vector<domain::Client>> list_clients(Store& store);
Result<domain::Client> find_client(Store& store, const std::string& code);
// Replaces the client's contact persons (who receive call minutes) with `persons`, each
// typed as "Name <local@domain>" or a bare address (domain/email_address.hpp). An empty
// list removes them all. kInvalidArgument for an address that is not one or named twice.
Result<domain::Client> set_contact_persons(Store& store, const std::string& client_code,
                                           const std::vector<std::string>& persons);

}  // namespace duecall::app
