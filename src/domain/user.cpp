#include "domain/user.hpp"

#include <algorithm>

#include "domain/kpi_target.hpp"

namespace duecall::domain {
namespace {

bool is_login_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' ||
         c == '@';
}

Status check_name(std::string_view name) {
  if (name.empty()) return Error::invalid_argument("the user's name must not be empty");
  if (name.size() > 200)
    return Error::invalid_argument("the user's name must be at most 200 bytes");
  bool has_control = std::any_of(name.begin(), name.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
  if (has_control)
    return Error::invalid_argument("the user's name must not contain control characters");
  return Ok{};
}

}  // namespace

Result<std::string> normalize_login(std::string_view login) {
  std::string normalized(login);
  std::transform(normalized.begin(), normalized.end(), normalized.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  bool valid = normalized.size() >= 2 && normalized.size() <= 64 &&
               std::all_of(normalized.begin(), normalized.end(), is_login_character) &&
               normalized.front() != '.' && normalized.front() != '_' &&
               normalized.front() != '-' && normalized.front() != '@';
  if (!valid) {
    return Error::invalid_argument(
        "login '" + std::string(login) +
        "' must be 2 to 64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit");
  }
  return normalized;
}

Status check_role_scope(Role role, bool names_client, bool names_shift) {
  std::string role_text(role_name(role));
  if (role_is_bound_to_client(role) && !names_client) {
    return Error::invalid_argument("role " + role_text + " requires --client CODE");
  }
  if (!role_is_bound_to_client(role) && names_client) {
    return Error::invalid_argument("role " + role_text +
                                   " takes no --client: only role client is bound to one");
  }
  if (names_shift && !role_works_shifts(role)) {
    return Error::invalid_argument("role " + role_text +
                                   " takes no --shift: only operators and supervisors work shifts");
  }
  return Ok{};
}

Status check_shift_assignment(Role role, std::string_view shift, const ShiftPlan& plan) {
  TRY(check_role_scope(role, role_is_bound_to_client(role), !shift.empty()));
  if (!shift.empty() && !plan.find(shift)) {
    std::string known;
    for (const auto& listed : plan.shifts()) known += (known.empty() ? "" : ", ") + listed.name;
    return Error::invalid_argument("shift '" + std::string(shift) + "' is not in the shift plan (" +
                                   known + ")");
  }
  return Ok{};
}

Status check_team_assignment(Role role, std::string_view team) {
  if (team.empty()) return Ok{};
  if (!role_works_shifts(role)) {
    return Error::invalid_argument("role " + std::string(role_name(role)) +
                                   " takes no --team: only operators and supervisors are in teams");
  }
  return check_team_name(team);
}

Result<User> make_user(const NewUser& input, const ShiftPlan& shifts,
                       const ClientLookup& find_client, Instant now) {
  User user;
  user.login = TRY(normalize_login(input.login));
  TRY(check_name(input.name));
  user.name = input.name;
  user.role = TRY(parse_role(input.role));
  TRY(check_role_scope(user.role, !input.client_code.empty(), !input.shift.empty()));
  TRY(check_shift_assignment(user.role, input.shift, shifts));
  user.shift = input.shift;
  TRY(check_team_assignment(user.role, input.team));
  user.team = input.team;
  if (role_is_bound_to_client(user.role)) user.client_id = TRY(find_client(input.client_code));
  user.created_at = now;
  return user;
}

}  // namespace duecall::domain
