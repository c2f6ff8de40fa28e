// Role says what a user may do in duecall. There are five, and their names are exactly how
// they are stored, typed on the command line and sent to the web UI:
//   operator    works cases: calls debtors, records outcomes and agreements;
//   supervisor  runs the floor: queues, campaigns, approvals outside an operator's limits;
//   admin       manages users, clients, shifts and settings;
//   client      a creditor's own staff in the client portal, seeing only that client;
//   auditor     reads everything (timelines, recordings, reports) and changes nothing.
// A role that acts for one creditor (client) is bound to that client; only roles that
// staff the phones (operator, supervisor) work shifts.
#pragma once

#include <string_view>

#include "core/result.hpp"

namespace duecall::domain {

enum class Role { kOperator, kSupervisor, kAdmin, kClient, kAuditor };

std::string_view role_name(Role role);
// Accepts exactly the names above; the error lists them.
Result<Role> parse_role(std::string_view name);

// Returns true iff a user with this role acts for one creditor client and must name it.
bool role_is_bound_to_client(Role role);
// Returns true iff a user with this role may be assigned to a shift.
bool role_works_shifts(Role role);

}  // namespace duecall::domain
