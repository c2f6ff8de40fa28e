// Use cases for creditor clients: register one (validated, with its policy) and list them.
#pragma once

#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

Result<domain::Client> add_client(Store& store, const Clock& clock, const domain::NewClient& input);
Result<std::vector<domain::Client>> list_clients(Store& store);

}  // namespace duecall::app
