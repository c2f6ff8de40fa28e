// A User is a person who signs in to duecall: an operator, a supervisor, an administrator,
// a creditor's staff member or an auditor (see role.hpp).
//
// Invariants: the login is 2 to 64 characters of lower-case ASCII letters, digits, '.', '_',
// '-' or '@', starting with a letter or digit, and unique (logins are case-insensitive:
// "Ana.Kos" is stored and found as "ana.kos"); the name is 1 to 200 bytes without control
// characters; client_id is valid iff the role is bound to a client; a shift is named only
// for roles that work shifts, and it is a shift of the plan in force when it was assigned;
// so is a team (a name, see kpi_target.hpp).
// Users are never deleted, since timelines name them as actors: disabling one keeps the
// row and refuses every later sign-in.
//
// The password hash is deliberately not part of User. It travels only between the password
// hasher and the store, so that nothing which lists, prints or serialises users can leak it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "domain/role.hpp"
#include "domain/shift_plan.hpp"

namespace duecall::domain {

struct User {
  UserId id;
  std::string login;
  std::string name;
  Role role = Role::kOperator;
  ClientId client_id;  // valid iff role_is_bound_to_client(role)
  std::string shift;   // empty: none
  Instant created_at;
  std::optional<Instant> disabled_at;
  std::string team;  // empty: none; operators and supervisors only (kpi_target.hpp)

  // Returns true iff the user may no longer sign in.
  bool disabled() const { return disabled_at.has_value(); }
  bool operator==(const User&) const = default;
};

// A new user as an administrator describes it, before any check.
struct NewUser {
  std::string login;
  std::string name;
  std::string role;         // a role name, e.g. "operator"
  std::string client_code;  // required for the client role, refused for the others
  std::string shift;        // optional; for operators and supervisors only
  std::string team;         // optional; for operators and supervisors only
};

// Turns a login as typed into its stored form (lower case), or explains why it cannot be one.
Result<std::string> normalize_login(std::string_view login);

// Checks whether a user of `role` may name a client and a shift: the client role must
// name its client and other roles must not; only roles that work shifts may name one.
Status check_role_scope(Role role, bool names_client, bool names_shift);

// Checks that a user of `role` may work `shift` (empty: none) under `plan`.
Status check_shift_assignment(Role role, std::string_view shift, const ShiftPlan& plan);

// Checks that a user of `role` may be in `team` (empty: none): a valid team name, and only
// for roles that work shifts, since teams are measured against call targets.
Status check_team_assignment(Role role, std::string_view team);

// Finds the stored client with a code; kNotFound when there is none.
using ClientLookup = std::function<Result<ClientId>(std::string_view code)>;

// Checks a new user against the invariants above and builds it. The checks that need no
// lookup come first, so that a wrong combination of role and client is reported as such
// rather than as an unknown client; `find_client` is called only for a role bound to a
// client, and the shift must be one of `shifts`.
Result<User> make_user(const NewUser& input, const ShiftPlan& shifts,
                       const ClientLookup& find_client, Instant now);

}  // namespace duecall::domain
