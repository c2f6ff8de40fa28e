// What the store reads for the supervisors' floor view (app/floor.hpp) in one transaction:
// who has a live web session, which queue leases are held and on which case, each actor's
// newest contact, and the calls of a period. The store computes nothing else; states and
// counts are decided in app/floor.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/instant.hpp"

namespace duecall::app {

struct LiveSession {
  UserId user_id;
  Instant signed_in_at;  // of the user's oldest unexpired session
};

struct HeldLease {
  std::string owner;  // the operator's login
  std::string client_code;
  std::string debtor_ref;
  Instant until;
};

struct FloorCall {
  std::string actor;
  Instant at;
  bool right_party = false;
  bool promise = false;  // the contact's outcome was a promise to pay
};

struct FloorFacts {
  std::vector<LiveSession> sessions;
  std::vector<HeldLease> leases;
  std::map<std::string, Instant> last_contact_by_actor;  // contacts since `from`
  std::vector<FloorCall> calls;                          // channel call, from `from` to `until`
};

struct FloorQuery {
  Instant now;   // sessions and leases unexpired at this instant
  Instant from;  // contacts from here (the local day's start)
  Instant until;
};

}  // namespace duecall::app
