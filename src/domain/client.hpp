// Client is a creditor that places claims with the agency: a bank, an insurer, a telco, an
// energy supplier. Its code ("TEL") is how people and files name it; it is unique, two to
// sixteen upper-case letters, digits or dashes. A client works in one currency: every claim
// it places and every agreement on it is in that currency.
#pragma once

#include <string>
#include <vector>

#include "core/currency.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "domain/policy.hpp"

namespace duecall::domain {

struct Client {
  ClientId id;
  std::string code;
  std::string name;
  std::string country;    // ISO 3166-1 alpha-2
  Currency currency;
  std::string time_zone;  // IANA zone of the client's office; decides "today" for its files
  Policy policy;
  Instant created_at;
};

struct NewClient {
  std::string code;
  std::string name;
  std::string country;
  std::string currency;
  std::string time_zone;             // empty: the country's primary zone
  std::optional<nlohmann::json> policy;  // empty: the default policy
};

// Validates the fields of a new client and fills in the defaults.
Result<Client> make_client(const NewClient& input, Instant now);

}  // namespace duecall::domain
