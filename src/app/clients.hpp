// Use cases for creditor clients: register one (validated, with its policy) and list them.
// Registering refuses a policy whose compliance overrides are malformed or would loosen a
// profile of the client's country (compliance_overrides.hpp), naming the JSON path, and
// stores the overrides in their canonical JSON form.
#pragma once

#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

Result<domain::Client> add_client(Store& store, const Clock& clock, const domain::NewClient& input);
Result<std::vector<domain::Client>> list_clients(Store& store);

}  // namespace duecall::app
